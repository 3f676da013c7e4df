import type { WebhookConfig, WebhookEventType } from '../options'
import { WEBHOOK_EVENTS } from '../options'

type Env = Record<string, string | undefined>

/**
 * The webhook the environment configures, for the plugin's `webhooks` option: `WEBHOOK_URL` and
 * `WEBHOOK_SECRET`, and optionally `WEBHOOK_EVENTS` (comma-separated event names; default every
 * event) and `WEBHOOK_FORMAT` (`json`, the default, or `slack` for a Slack incoming webhook, which
 * then hears the workflow's events unless `WEBHOOK_EVENTS` says otherwise). None without `WEBHOOK_URL`. A URL without a secret, an invalid URL or an unknown event
 * name stops the start with a message saying which.
 */
export function webhooksFromEnv(env: Env = process.env): WebhookConfig[] {
  const url = env.WEBHOOK_URL?.trim()
  if (!url) return []
  const secret = env.WEBHOOK_SECRET?.trim()
  if (!secret)
    throw new Error('WEBHOOK_URL is set but WEBHOOK_SECRET is not: deliveries are signed.')
  let protocol: string
  try {
    protocol = new URL(url).protocol
  } catch {
    throw new Error(`WEBHOOK_URL is not a URL: ${url}`)
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`WEBHOOK_URL must be http or https, not ${protocol}`)
  }
  const names = (env.WEBHOOK_EVENTS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !(WEBHOOK_EVENTS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new Error(
      `WEBHOOK_EVENTS names unknown events (${unknown.join(', ')}); known: ${WEBHOOK_EVENTS.join(', ')}`,
    )
  }
  const format = env.WEBHOOK_FORMAT?.trim() || undefined
  if (format !== undefined && format !== 'json' && format !== 'slack') {
    throw new Error(`WEBHOOK_FORMAT must be json or slack, not '${format}'.`)
  }
  return [
    {
      url,
      secret,
      ...(format ? { format } : {}),
      ...(names.length ? { events: names as WebhookEventType[] } : {}),
    },
  ]
}
