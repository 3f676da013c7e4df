import type { PayloadRequest } from 'payload'

import { queueJob, TASKS } from '../jobs/queueJob'
import { webhookWants } from '../notifications/webhookEvent'
import { getOptions } from '../options'
import type { RevalidationEvent, RevalidationEventType } from './events'

/**
 * Whether changes in this request send revalidation events (of `type`, when given): the plugin is
 * on, some webhook listens, and the caller has not opted out (the seed sets
 * `context.disableRevalidate`). Checked before any lookup, so a site without webhooks pays nothing.
 */
export function isRevalidating(req: PayloadRequest, type?: RevalidationEventType): boolean {
  const { isEnabled, webhooks } = getOptions(req)
  if (!isEnabled || req.context.disableRevalidate) return false
  return webhooks.some((webhook) => !type || webhookWants(webhook.events, type))
}

/**
 * Queues one delivery of the event per interested webhook, in the request's transaction: the event
 * exists only if the change that caused it is committed. Sending happens in the job queue.
 */
export async function queueRevalidation(
  req: PayloadRequest,
  event: Omit<RevalidationEvent, 'occurredAt'>,
): Promise<void> {
  const full: RevalidationEvent = { ...event, occurredAt: new Date().toISOString() }
  for (const webhook of getOptions(req).webhooks) {
    if (webhookWants(webhook.events, event.type)) {
      await queueJob(req, TASKS.webhook, { url: webhook.url, event: full })
    }
  }
}
