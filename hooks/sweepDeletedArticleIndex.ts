import type { CollectionAfterDeleteHook } from 'payload'

import { queuePeerUpdate } from '../src/jobs/similarPeersTask'
import { getOptions } from '../src/options'
import { sweepDeletedArticle } from '../src/similarityGlue/indexArticle'

/**
 * `unlistDeletedArticle` takes the article out of the index before the delete, but on PostgreSQL
 * the peer job of its publish can file it again in between (its transaction cannot see the
 * delete's). The delete then nulls that entry's `article`; this removes it in the same
 * transaction, counts it out of the statistics and has the lists it entered refilled.
 */
export const sweepDeletedArticleIndex: CollectionAfterDeleteHook = async ({ id, req }) => {
  if (!getOptions(req).isEnabled) return
  const lists = await sweepDeletedArticle(req, String(id))
  if (lists && lists.length > 0) await queuePeerUpdate(req, String(id), lists)
}
