import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import type { Slugs } from '../src/options'

/**
 * The similar-articles inverted index: for each live article, the keys it is filed under (its
 * dramas, people, tags and most distinctive terms), one indexed row per key, so a publish reads
 * only the articles sharing its keys. Written once per publish (and removed on unpublish); `keys`
 * repeats them as one value, read with each match to weigh what it shares. Internal.
 */
export function createSimilarityPostingsCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.similarityPostings,
    admin: { hidden: true },
    // Internal to the similarity index: reached through the Local API only.
    graphQL: false,
    endpoints: false,
    access: { create: nobody, read: nobody, update: nobody, delete: nobody },
    // Newest first is by id. Without timestamps Payload sorts by id alone, which the join with
    // `postings` reads in index order (with createdAt as a tie-break PostgreSQL sorted instead).
    timestamps: false,
    fields: [
      {
        // Not required, as in `similarity-entries`: a concurrent delete may null it.
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        unique: true,
        index: true,
      },
      { name: 'keys', type: 'json', required: true },
      {
        name: 'postings',
        type: 'array',
        fields: [{ name: 'key', type: 'text', required: true, index: true }],
      },
    ],
  }
}
