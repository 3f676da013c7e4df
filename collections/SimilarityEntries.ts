import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import type { Slugs } from '../src/options'

/**
 * The similar-articles index, one entry per published (not archived) article: the engine's
 * features and lookup keys, the bar to enter the article's list, and which articles its list may
 * name. Written only by Showrunner's hooks through the database adapter, never over the API;
 * drafts never get an entry. (No array fields here: the adapters rewrite every array table of a
 * row on a partial update, and `listed` is updated on its own on every publish.)
 */
export function createSimilarityEntriesCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.similarityEntries,
    admin: { hidden: true },
    // Internal to the similarity index: reached through the Local API only.
    graphQL: false,
    endpoints: false,
    access: { create: nobody, read: nobody, update: nobody, delete: nobody },
    fields: [
      {
        // Not required: on PostgreSQL the peer job can file an article just after a concurrent
        // delete cleared it, and the delete then sets this to null (the adapters' foreign key)
        // instead of failing; the delete's `sweepDeletedArticleIndex` removes such entries.
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        unique: true,
        index: true,
      },
      // `DocFeatures` of the engine: corpus-independent, recomputed when the live article changes.
      { name: 'features', type: 'json', required: true },
      // The keys the article is filed under in `similarity-postings`.
      { name: 'keys', type: 'json', required: true },
      {
        // The score a newly published article must beat to enter this article's list (0 while the
        // list has room). Only raised lazily: a low value costs a read, never a missed update.
        name: 'threshold',
        type: 'number',
        defaultValue: 0,
      },
      {
        // Every article this list names, as of its last computation. With `listedBy`, "which lists
        // name article X" is an indexed lookup: entries listing X, plus X's own `listedBy`.
        name: 'listed',
        type: 'relationship',
        relationTo: slugs.articles,
        hasMany: true,
      },
      {
        // The lists this article entered when it was last published (a superset: it may since
        // have been pushed out). Written with its own entry, so entering twenty lists costs no
        // extra write on their entries.
        name: 'listedBy',
        type: 'relationship',
        relationTo: slugs.articles,
        hasMany: true,
      },
    ],
  }
}
