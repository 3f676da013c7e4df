import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { JOBS_QUEUE } from '../../src/jobs/queueJob'
import { runSimilarJobs } from './similarFixtures'
import type { TransitionRequest } from '../../src/endpoints/workflowTransition'
import { applyTransition } from '../../src/endpoints/workflowTransition'
import type { Account } from './accounts'

type Id = number | string

/** A Local API request acting as `account`, for calling the workflow service directly. */
export function requestAs(payload: Payload, account: Account): Promise<PayloadRequest> {
  return createLocalReq({ user: account.user as never }, payload)
}

/** Runs one workflow action as `account` through the same service the REST endpoint uses. */
export async function act(
  payload: Payload,
  account: Account,
  id: Id,
  action: string,
  extra: Omit<TransitionRequest, 'req' | 'id' | 'action'> = {},
) {
  return applyTransition({ req: await requestAs(payload, account), id, action, ...extra })
}

let drafts = 0

/** A draft article written by `account`, as the admin creates it (titles are unique: slugs are). */
export async function draftArticle(
  payload: Payload,
  account: Account,
  title = `Draft ${++drafts} ${Date.now()}`,
): Promise<Id> {
  const doc = await payload.create({
    collection: 'articles',
    data: { title, format: 'news' },
    draft: true,
    user: account.user,
    overrideAccess: false,
    depth: 0,
  })
  return doc.id
}

/** The article's main (live) row and its latest version, as stored. */
export async function stored(payload: Payload, id: Id) {
  const live = await payload.findByID({ collection: 'articles', id, depth: 0, draft: false })
  const latest = await payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
  return { live, latest }
}

/** The article's history entries, as stored. */
export async function historyOf(payload: Payload, id: Id) {
  const { docs } = await payload.find({
    collection: 'workflow-events',
    where: { article: { equals: id } },
    sort: 'seq',
    pagination: false,
    depth: 0,
  })
  return docs
}

/**
 * Runs Showrunner's job queue until it has nothing due (each run handles up to `limit` jobs), after
 * the similar-lists queue (whose peer updates queue `similar.updated` events).
 */
export async function runWorkflowJobs(payload: Payload): Promise<void> {
  await runSimilarJobs(payload)
  for (let round = 0; round < 10; round += 1) {
    const result = await payload.jobs.run({ queue: JOBS_QUEUE, limit: 50, silent: true })
    if (!result || result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0)
      return
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs the queue until no Showrunner job is left, waiting out retry backoffs in between; gives up
 * after `rounds` runs (a job that keeps failing stays queued for the caller to inspect).
 */
export async function runWorkflowJobsUntilDone(payload: Payload, rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await runWorkflowJobs(payload)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: JOBS_QUEUE } }, { completedAt: { exists: false } }] },
      sort: 'waitUntil',
      depth: 0,
      pagination: false,
    })
    const pending = docs.filter((job) => !(job as { hasError?: boolean }).hasError)
    if (pending.length === 0) return
    const next = Math.min(
      ...pending.map((job) =>
        new Date(String((job as { waitUntil?: string }).waitUntil ?? 0)).getTime(),
      ),
    )
    await sleep(Math.max(0, next - Date.now()) + 50)
  }
}
