import type { PayloadRequest, TaskConfig } from 'payload'

import type { WebhookEvent } from '../notifications/webhookEvent'
import type { RevalidationEvent } from '../revalidation/events'
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  signWebhook,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../notifications/webhookSignature'
import { slackMessage } from '../notifications/slackMessage'
import type { SlackFacts } from '../notifications/slackMessage'
import { getOptions } from '../options'
import { relationId } from '../relationId'
import { TASKS } from './queueJob'

type Io = {
  input: { url: string; event: WebhookEvent | RevalidationEvent }
  output: { status: number }
}

const TIMEOUT_MS = 10_000

/** Names and links for a Slack message, looked up when it is sent (not stored in the job). */
async function slackFacts(
  req: PayloadRequest,
  event: WebhookEvent | RevalidationEvent,
): Promise<SlackFacts> {
  const { serverURL, routes } = req.payload.config
  const { slugs } = getOptions(req)
  if (!('transition' in event)) return { actorName: null, adminUrl: null, siteUrl: serverURL ?? '' }
  const by = event.transition.by
  const actor =
    by === 'scheduler' || relationId(by) === null
      ? null
      : await req.payload
          .findByID({ collection: slugs.authors, id: by, depth: 0, disableErrors: true, req })
          .catch(() => null)
  return {
    actorName: (actor as { name?: string | null } | null)?.name ?? null,
    adminUrl: serverURL
      ? `${serverURL}${routes.admin}/collections/${slugs.articles}/${event.article.id}`
      : null,
    siteUrl: serverURL ?? '',
  }
}

/**
 * POSTs one signed event (workflow or revalidation) to one receiver. Any answer but 2xx, a timeout or a refused
 * connection fails the job, which the queue retries with exponential backoff. The secret is looked
 * up by URL at delivery time, so it is never stored in the job. A `format: 'slack'` webhook gets the
 * event as a Slack incoming-webhook message instead of the JSON event, signed the same way.
 */
export const webhookDeliveryTask: TaskConfig<Io> = {
  slug: TASKS.webhook,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2_000 } },
  handler: async ({ input, job, req }) => {
    const webhook = getOptions(req).webhooks.find((candidate) => candidate.url === input.url)
    if (!webhook) {
      req.payload.logger.warn(`webhook ${input.url} is no longer configured; event dropped`)
      return { output: { status: 0 } }
    }
    const body = JSON.stringify(
      webhook.format === 'slack'
        ? slackMessage(input.event, await slackFacts(req, input.event))
        : input.event,
    )
    const timestamp = Math.floor(Date.now() / 1000)
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Showrunner-Webhooks/1',
        [EVENT_HEADER]: input.event.type,
        [DELIVERY_HEADER]: String(job.id),
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(webhook.secret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    // Drain the body so the connection is released.
    await response.arrayBuffer().catch(() => undefined)
    if (!response.ok) throw new Error(`webhook ${webhook.url} answered ${response.status}`)
    return { output: { status: response.status } }
  },
}
