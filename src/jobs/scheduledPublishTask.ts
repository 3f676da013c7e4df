import type { TaskConfig } from 'payload'

import { applyTransition } from '../endpoints/workflowTransition'
import { TASKS } from './queueJob'

type Io = { input: { articleId: string }; output: { outcome: string } }

/**
 * Publishes a scheduled article when its time comes, as the `scheduler` actor under the same rule as
 * everyone else. Queued with `waitUntil: publishAt` by the `schedule` action. A job whose schedule
 * was since cancelled or moved finds the rule refusing (409) and ends quietly; anything else (the
 * database being away, another publish of the article being saved right now) fails and is retried.
 */
export const scheduledPublishTask: TaskConfig<Io> = {
  slug: TASKS.scheduledPublish,
  label: 'Publish a scheduled article',
  inputSchema: [{ name: 'articleId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    try {
      await applyTransition({
        req,
        id: input.articleId,
        action: 'scheduled_publish',
        actor: { kind: 'system' },
      })
      return { output: { outcome: 'published' } }
    } catch (err) {
      const { status, message, data } = err as {
        status?: number
        message?: string
        data?: { code?: string } | null
      }
      if (status === 404 || (status === 409 && data?.code !== 'WORKFLOW_BUSY')) {
        req.payload.logger.info(
          `scheduled publish of article ${input.articleId} skipped: ${message}`,
        )
        return { output: { outcome: `skipped: ${message}` } }
      }
      throw err
    }
  },
}
