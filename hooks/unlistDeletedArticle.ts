import type { CollectionBeforeDeleteHook } from 'payload'

import { getOptions } from '../src/options'
import { unindexArticle } from '../src/similarityGlue/indexArticle'

/**
 * A deleted article leaves every similar-articles list, which are refilled. Runs before the delete,
 * in its transaction: afterwards the relationships naming the article are already gone, and with
 * them the way to find the lists it was on.
 */
export const unlistDeletedArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!getOptions(req).isEnabled || req.context.skipSimilarity) return
  const previous = req.context.isSimilarityRefresh
  req.context.isSimilarityRefresh = true
  try {
    await unindexArticle(req, String(id))
  } finally {
    req.context.isSimilarityRefresh = previous
  }
}
