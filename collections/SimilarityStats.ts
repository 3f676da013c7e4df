import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import type { Slugs } from '../src/options'

/**
 * Corpus statistics of the similar-articles index (document frequencies), kept incrementally:
 * `head` holds the document count, a revision token that every change swaps with a
 * compare-and-set (so concurrent publishes never lose an update, and each process can tell whether
 * its cached copy is current) and the number of the last change; `df` is a snapshot of the
 * frequencies as one JSON object; `change-<seq>` rows hold the changes since (see statsStore).
 */
export function createSimilarityStatsCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.similarityStats,
    admin: { hidden: true },
    // Internal to the similarity index: reached through the Local API only.
    graphQL: false,
    endpoints: false,
    access: { create: nobody, read: nobody, update: nobody, delete: nobody },
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      { name: 'revision', type: 'text' },
      { name: 'docCount', type: 'number' },
      { name: 'seq', type: 'number', index: true },
      { name: 'df', type: 'json' },
    ],
  }
}
