import type { Config, JobsConfig } from 'payload'

import { roleOf } from '../../access/roles'
import type { ResolvedOptions } from '../options'
import { noteMentionEmailTask } from './noteMentionEmailTask'
import { JOBS_QUEUE, SIMILAR_QUEUE } from './queueJob'
import { scheduledPublishTask } from './scheduledPublishTask'
import { similarPeersTask } from './similarPeersTask'
import { webhookDeliveryTask } from './webhookDeliveryTask'
import { workflowEmailTask } from './workflowEmailTask'

export const workflowTasks = [
  scheduledPublishTask,
  workflowEmailTask,
  webhookDeliveryTask,
  noteMentionEmailTask,
  similarPeersTask,
]

/** Every second: a publish's peers should see it in their similar lists within a second or two. */
export const SIMILAR_JOBS_CRON = '* * * * * *'

/**
 * The host's jobs config plus Showrunner's tasks, crons that run the `showrunner` queue and, every
 * second, the similar-lists queue (in servers started with `getPayload({ cron: true })`), and run access for editors and admins rather
 * than Payload's default of any logged-in user (readers included).
 */
export function withWorkflowJobs(jobs: Config['jobs'], options: ResolvedOptions): JobsConfig {
  const { jobsCron } = options
  const hostAutoRun = jobs?.autoRun
  return {
    ...jobs,
    tasks: [...(jobs?.tasks ?? []), ...workflowTasks],
    // The queue is internal: REST keeps Payload's `/run` endpoint, GraphQL gets nothing.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...(jobs?.jobsCollectionOverrides?.({ defaultJobsCollection }) ?? defaultJobsCollection),
      graphQL: false,
    }),
    access: {
      ...jobs?.access,
      run: jobs?.access?.run ?? (({ req }) => roleOf(req) === 'admin' || roleOf(req) === 'editor'),
    },
    autoRun: async (payload) => {
      const host =
        typeof hostAutoRun === 'function' ? await hostAutoRun(payload) : (hostAutoRun ?? [])
      if (jobsCron === false || process.env.SHOWRUNNER_JOBS_AUTORUN === 'false') return host
      return [
        ...host,
        { cron: jobsCron, queue: JOBS_QUEUE, limit: 20 },
        { cron: SIMILAR_JOBS_CRON, queue: SIMILAR_QUEUE, limit: 20, silent: { info: true } },
      ]
    },
  }
}
