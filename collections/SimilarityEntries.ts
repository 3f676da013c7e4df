import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import type { Slugs } from '../src/options'

/**
 * The similar-articles index: one entry per published (not archived) article, with the engine's
 * features and the keys the article is filed under. `postings` is the inverted index (an indexed
 * key column, one row per key), so a publish reads only the entries sharing its keys instead of
 * loading every article. Written only by Showrunner's hooks through the database adapter, never
 * over the API; drafts never get an entry.
 */
export function createSimilarityEntriesCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.similarityEntries,
    admin: { hidden: true },
    access: { create: nobody, read: nobody, update: nobody, delete: nobody },
    fields: [
      {
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        required: true,
        unique: true,
        index: true,
      },
      // `DocFeatures` of the engine: corpus-independent, recomputed when the live article changes.
      { name: 'features', type: 'json', required: true },
      // The keys below as one value, read with each candidate to weigh what it shares.
      { name: 'keys', type: 'json', required: true },
      {
        // The score a newly published article must beat to enter this article's list (0 while the
        // list has room). Only raised lazily: a low value costs a read, never a missed update.
        name: 'threshold',
        type: 'number',
        defaultValue: 0,
      },
      {
        // An array rather than one document per key: all of an article's rows are written in one
        // statement, and removed by its (indexed) parent id.
        name: 'postings',
        type: 'array',
        fields: [{ name: 'key', type: 'text', required: true, index: true }],
      },
    ],
  }
}
