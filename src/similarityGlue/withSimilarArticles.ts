import type { CollectionConfig } from 'payload'

import { createSimilarityEntriesCollection } from '../../collections/SimilarityEntries'
import { createSimilarityPostingsCollection } from '../../collections/SimilarityPostings'
import { createSimilarityStatsCollection } from '../../collections/SimilarityStats'
import { computeSimilarArticles } from '../../hooks/computeSimilarArticles'
import { decideSimilarExpansion } from '../../hooks/decideSimilarExpansion'
import { queueSimilarEvents } from '../../hooks/queueSimilarEvents'
import { refreshSimilarArticles } from '../../hooks/refreshSimilarArticles'
import { sweepDeletedArticleIndex } from '../../hooks/sweepDeletedArticleIndex'
import { unlistDeletedArticle } from '../../hooks/unlistDeletedArticle'
import { similarArticlesEndpoint } from '../endpoints/similarArticles'
import type { Slugs } from '../options'

/**
 * The articles collection with similar articles kept up to date: its hooks chained after the
 * collection's own, and `GET /:id/similar` added to its endpoints. (The fields are in
 * `collections/Articles/similarFields.ts`.)
 */
export function withSimilarArticles(articles: CollectionConfig): CollectionConfig {
  const hooks = articles.hooks ?? {}
  return {
    ...articles,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), decideSimilarExpansion],
      beforeChange: [...(hooks.beforeChange ?? []), computeSimilarArticles],
      // The peers whose lists changed are announced once the refresh has written them.
      afterChange: [...(hooks.afterChange ?? []), refreshSimilarArticles, queueSimilarEvents],
      beforeDelete: [...(hooks.beforeDelete ?? []), unlistDeletedArticle],
      afterDelete: [...(hooks.afterDelete ?? []), sweepDeletedArticleIndex, queueSimilarEvents],
    },
    endpoints: [...(articles.endpoints || []), similarArticlesEndpoint],
  }
}

/** The internal collections of the similar-articles index. */
export function similarityCollections(slugs: Slugs): CollectionConfig[] {
  return [
    createSimilarityEntriesCollection(slugs),
    createSimilarityPostingsCollection(slugs),
    createSimilarityStatsCollection(slugs),
  ]
}
