import type { CollectionBeforeDeleteHook } from 'payload'

import { queuePeerUpdate } from '../src/jobs/similarPeersTask'
import { getOptions } from '../src/options'
import { unindexArticle } from '../src/similarityGlue/indexArticle'
import { readListHolders } from '../src/similarityGlue/visibleList'
import { dbId } from '../src/similarityGlue/types'

/**
 * A deleted article leaves the index at once, and every similar-articles list through the peer job
 * (which refills them). Runs before the delete, in its transaction: afterwards the relationships
 * naming the article are already gone, and with them the way to find the lists it was on, so
 * the job gets them as hints.
 */
export const unlistDeletedArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!getOptions(req).isEnabled || req.context.skipSimilarity) return
  const previous = req.context.isSimilarityRefresh
  req.context.isSimilarityRefresh = true
  try {
    const listing = (await unindexArticle(req, String(id))) ?? []
    // The lists pinning it are found through `pinnedSimilar`, which the delete empties.
    const pinning = await readListHolders(req, { pinnedSimilar: { equals: dbId(req, id) } })
    const hints = [...listing, ...pinning.map((holder) => holder.articleId)]
    if (hints.length > 0) await queuePeerUpdate(req, String(id), hints)
  } finally {
    req.context.isSimilarityRefresh = previous
  }
}
