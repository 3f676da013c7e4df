import type { Payload, PayloadRequest } from 'payload'

/** Showrunner's own queue, so its runner never picks up (or waits behind) the host's jobs. */
export const JOBS_QUEUE = 'showrunner'

/**
 * The similar-articles peer updates' queue: run every second (their lists should follow a publish
 * within seconds), apart from the e-mails and webhooks that may wait on slow receivers.
 */
export const SIMILAR_QUEUE = 'showrunner-similar'

export const TASKS = {
  scheduledPublish: 'showrunnerScheduledPublish',
  workflowEmail: 'showrunnerWorkflowEmail',
  webhook: 'showrunnerWebhook',
  noteMentionEmail: 'showrunnerNoteMentionEmail',
  similarPeers: 'showrunnerSimilarPeers',
} as const

type TaskSlug = (typeof TASKS)[keyof typeof TASKS]

/**
 * Queues one of Showrunner's tasks inside the request's transaction: the job exists only if the
 * transition that asked for it is committed.
 */
export async function queueJob(
  req: PayloadRequest,
  task: TaskSlug,
  input: Record<string, unknown>,
  waitUntil?: Date,
  queue: string = JOBS_QUEUE,
): Promise<void> {
  // Payload types `task` and `input` from generated types, which this plugin cannot rely on.
  await req.payload.jobs.queue({
    task: task as never,
    input: input as never,
    queue,
    waitUntil,
    req,
  })
}

/** How many jobs of `queue` are still to run (neither completed nor failed for good). */
export async function countUnfinishedJobs(payload: Payload, queue: string): Promise<number> {
  const { totalDocs } = await payload.db.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: queue } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  return totalDocs
}
