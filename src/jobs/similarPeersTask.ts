import type { PayloadRequest, TaskConfig } from 'payload'

import { queueSimilarEvents } from '../../hooks/queueSimilarEvents'
import { updatePeerLists } from '../similarityGlue/peerLists'
import { queueJob, SIMILAR_QUEUE, TASKS } from './queueJob'

type Io = {
  input: { articleId: string; hints?: string[] | null; isQuiet?: boolean | null }
  output: { articleId: string }
}

// Peer jobs of one process run one at a time, in the order the runner picked them up (FIFO by
// creation): two jobs must not read and rewrite the same peer list at once, and a publish's job
// must not overtake the unpublish queued after it. Each job also re-reads the live state, so even
// out of order the last one to run leaves the lists right.
let previous: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = previous.then(work, work)
  previous = next.catch(() => undefined)
  return next
}

/**
 * Updates the similar lists of the articles an article entered or left when it was published,
 * unpublished, archived or deleted; queued in that request's transaction (`queuePeerUpdate`) and
 * run by the server's job runner right after. Idempotent and retried; `similar:rebuild` repairs
 * whatever a job that kept failing left behind.
 */
export const similarPeersTask: TaskConfig<Io> = {
  slug: TASKS.similarPeers,
  label: 'Update similar lists of peers',
  inputSchema: [
    { name: 'articleId', type: 'text', required: true },
    { name: 'hints', type: 'json' },
    // Queued by a write that announces nothing (the seed, imports): no `similar.updated` either.
    { name: 'isQuiet', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'articleId', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1_000 } },
  handler: async ({ input, req }) => {
    const hints = Array.isArray(input.hints) ? input.hints.map(String) : []
    await oneAtATime(async () => {
      // Jobs of one run may share the runner's request: set these flags for this job only.
      const { isSimilarityRefresh, disableRevalidate } = req.context
      req.context.isSimilarityRefresh = true
      if (input.isQuiet) req.context.disableRevalidate = true
      try {
        await updatePeerLists(req, input.articleId, hints)
        // The peers whose lists changed get their `similar.updated` events.
        await queueSimilarEvents({ doc: { id: input.articleId }, req })
      } finally {
        req.context.isSimilarityRefresh = isSimilarityRefresh
        req.context.disableRevalidate = disableRevalidate
      }
    })
    return { output: { articleId: input.articleId } }
  },
}

/**
 * Queues the peer update of an article in the request's transaction: it exists only if the save
 * that asked for it is committed. `hints`: lists that may name the article (a superset).
 */
export async function queuePeerUpdate(
  req: PayloadRequest,
  articleId: string,
  hints: string[],
): Promise<void> {
  const input = { articleId, hints, isQuiet: Boolean(req.context.disableRevalidate) }
  await queueJob(req, TASKS.similarPeers, input, undefined, SIMILAR_QUEUE)
}
