'use client'

import { rescheduleSteps } from '../../calendar/calendar'
import type { Stage } from '../../workflow'
import { workflowApi } from '../workflow/workflowApi'

type Input = {
  apiBase: string
  collection: string
  id: string
  stage: Stage
  /** The current publish time, to put back if the second step is refused. */
  previousAt: string | null
  publishAt: Date
}

/**
 * Moves an article to a new publish time through the workflow endpoint, one rule-checked action at
 * a time. If the new `schedule` is refused after the old one was cancelled, the old time is put
 * back (when it is still ahead) so a refusal never leaves the article silently unscheduled.
 */
export async function reschedule({
  apiBase,
  collection,
  id,
  stage,
  previousAt,
  publishAt,
}: Input): Promise<void> {
  const api = workflowApi(apiBase, collection, id)
  const steps = rescheduleSteps(stage)
  for (const [index, step] of steps.entries()) {
    try {
      await api.act({
        action: step.action,
        expectedStage: step.expectedStage,
        ...(step.action === 'schedule' ? { publishAt: publishAt.toISOString() } : {}),
      })
    } catch (err) {
      const isUnscheduled = index > 0 && steps[0].action === 'unschedule'
      if (!isUnscheduled) throw err
      const isRestorable = previousAt !== null && new Date(previousAt).getTime() > Date.now()
      const restored =
        isRestorable &&
        (await api
          .act({ action: 'schedule', expectedStage: 'approved', publishAt: previousAt })
          .then(
            () => true,
            () => false,
          ))
      throw new Error(
        `${(err as Error).message}${restored ? ' (kept the old time)' : ' (it is now approved and unscheduled)'}`,
      )
    }
  }
}
