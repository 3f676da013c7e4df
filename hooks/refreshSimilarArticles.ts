import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { queuePeerUpdate } from '../src/jobs/similarPeersTask'
import { getOptions } from '../src/options'
import { commitIndex, prepareIndex, unindexArticle } from '../src/similarityGlue/indexArticle'
import { isListable, readLiveArticle } from '../src/similarityGlue/liveArticle'
import { rowsOf, sameRows, writeVisibleRows } from '../src/similarityGlue/visibleList'
import { NEW_ARTICLE_KEY } from './computeSimilarArticles'

/** Whether `computeSimilarArticles` ranked this save's list (once: a later save asks again). */
function takePrepared(req: PayloadRequest, key: string): boolean {
  return req.context.similarityPrepared?.delete(key) ?? false
}

/**
 * After an article's save, inside its transaction: a live save whose list `computeSimilarArticles`
 * prepared queues the peer job, which files it in the index (statistics and entry), settles its
 * list and updates the other articles' lists it enters, once the save is committed. Unpublishing
 * or archiving takes it out of the index here, and the job refills the lists it leaves (meanwhile
 * `hideUnlistedSimilar` keeps an article no longer live out of every list served).
 * What counts is the live document: a draft saved over a live article changes nothing live, so it
 * changes nothing here. Writes go through the adapter, so no article hook runs again.
 */
export const refreshSimilarArticles: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  const { context } = req
  if (!getOptions(req).isEnabled || context.isSimilarityRefresh || context.skipSimilarity) {
    return doc
  }
  const id = String(doc.id)
  const prepared = takePrepared(req, operation === 'create' ? NEW_ARTICLE_KEY : id)
  req.context.isSimilarityRefresh = true
  try {
    if (prepared && doc._status === 'published') {
      // Its list is saved with it; the index entry, statistics and peers' lists follow in the job.
      await queuePeerUpdate(req, id, [])
      return doc
    }
    const live = await readLiveArticle(req, doc.id)
    if (doc._status !== 'published' && live?._status === 'published') return doc
    if (live && isListable(live)) {
      // Saved live without going through the hook before it (a version restored, say).
      const pending = await prepareIndex(req, live, id)
      const peers = await commitIndex(req, id, pending)
      if (!sameRows(pending.rows, rowsOf(live.similarArticles))) {
        await writeVisibleRows(req, id, pending.rows)
      }
      if (pending.hasChanged) await queuePeerUpdate(req, id, peers)
    } else {
      const peers = await unindexArticle(req, id)
      if (live?.similarArticles?.length) await writeVisibleRows(req, id, [])
      if (peers) await queuePeerUpdate(req, id, peers)
    }
  } finally {
    // Nested Local API calls replace `req.context`: clear the flag on whichever object is current.
    req.context.isSimilarityRefresh = false
  }
  return doc
}
