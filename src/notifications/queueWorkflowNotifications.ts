import type { PayloadRequest } from 'payload'

import type { WorkflowHistoryEntry } from '../workflowGlue/workflowRow'
import { queueJob, TASKS } from '../jobs/queueJob'
import { getOptions } from '../options'
import { emailAudience } from './emailAudience'
import type { WebhookEvent } from './webhookEvent'
import { webhookEventType, webhookWants } from './webhookEvent'

export type TransitionNotice = {
  articleId: number | string
  title: string
  entry: WorkflowHistoryEntry
  publishes: boolean
  unpublishes: boolean
}

/**
 * Queues the transition's e-mail and one delivery per interested webhook. Only queued here: sending
 * happens in jobs with retries, so a slow mail server or a dead receiver never holds up the workflow.
 */
export async function queueWorkflowNotifications(
  req: PayloadRequest,
  notice: TransitionNotice,
): Promise<void> {
  if (req.context.disableWorkflowNotifications) return
  const { articleId, title, entry } = notice
  if (emailAudience(entry.action)) {
    await queueJob(req, TASKS.workflowEmail, { articleId: String(articleId), entry })
  }
  const type = webhookEventType({ ...notice, from: entry.from, to: entry.to })
  if (!type) return
  const event: WebhookEvent = {
    type,
    occurredAt: entry.at,
    article: { id: articleId, title },
    transition: entry,
  }
  for (const webhook of getOptions(req).webhooks) {
    if (webhookWants(webhook.events, type)) {
      await queueJob(req, TASKS.webhook, { url: webhook.url, event })
    }
  }
}
