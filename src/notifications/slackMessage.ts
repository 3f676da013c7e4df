import type { RevalidationEvent } from '../revalidation/events'
import type { WebhookEvent } from './webhookEvent'

/** A Slack incoming-webhook message: `text` is the notification's fallback, `blocks` what shows. */
export type SlackMessage = {
  text: string
  blocks: Array<Record<string, unknown>>
}

/** What the message needs besides the event: names looked up at delivery time, absolute links. */
export type SlackFacts = {
  /** The staff member who acted; null for the scheduler. */
  actorName: string | null
  /** The article in the admin, for workflow events. */
  adminUrl: string | null
  /** The site's origin, to turn revalidation paths into links (empty: paths as they are). */
  siteUrl: string
}

// What the desk reads in the channel, per workflow action.
const HEADLINES: Record<string, string> = {
  submit: 'submitted for review',
  withdraw: 'withdrawn from review',
  request_changes: 'sent back with changes requested',
  approve: 'approved',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  unpublish: 'unpublished',
  archive: 'archived',
  restore: 'restored to a draft',
  assign: 'reassigned',
  revise: 'reopened as a new revision',
  scheduled_publish: 'published on schedule',
}

const EMOJI: Record<string, string> = {
  submit: ':inbox_tray:',
  request_changes: ':pencil2:',
  approve: ':white_check_mark:',
  publish: ':newspaper:',
  scheduled_publish: ':alarm_clock:',
  schedule: ':calendar:',
  unpublish: ':no_entry:',
  archive: ':file_cabinet:',
}

/**
 * Slack's mrkdwn treats `&`, `<` and `>` as control characters (links, mentions): escaped, a title
 * like "Love & War <3" shows as written and cannot ping `<!channel>`.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const link = (url: string | null, label: string) =>
  url ? `<${url.replace(/[<>|]/g, encodeURIComponent)}|${label}>` : label

const isWorkflowEvent = (event: WebhookEvent | RevalidationEvent): event is WebhookEvent =>
  'transition' in event

/**
 * The Slack message of one webhook event. Workflow events read as the desk would say them
 * ("*Title* was approved by Mina", the note quoted); revalidation events as one line naming the
 * document and the pages to refresh. Pure: the delivery job looks the names up.
 */
export function slackMessage(
  event: WebhookEvent | RevalidationEvent,
  facts: SlackFacts,
): SlackMessage {
  if (isWorkflowEvent(event)) {
    const { transition, article } = event
    const title = escapeSlack(article.title || 'Untitled article')
    const headline = HEADLINES[transition.action] ?? `moved to ${transition.to}`
    const by = facts.actorName ? ` by ${escapeSlack(facts.actorName)}` : ''
    const emoji = EMOJI[transition.action] ?? ':memo:'
    const text = `${title} was ${headline}${by}.`
    const lines = [`${emoji} *${link(facts.adminUrl, title)}* was ${headline}${by}.`]
    if (transition.note) lines.push(`> ${escapeSlack(transition.note).replace(/\n/g, '\n> ')}`)
    return {
      text,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: `Stage: ${transition.from} → ${transition.to} · ${transition.at}`,
            },
          ],
        },
      ],
    }
  }
  const what = `${event.collection} ${event.slug ? escapeSlack(event.slug) : `#${event.id}`}`
  const text = `${event.type}: ${what}`
  const pages = event.paths
    .slice(0, 10)
    .map((path) => link(facts.siteUrl ? `${facts.siteUrl}${path}` : null, escapeSlack(path)))
    .join(', ')
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${event.type}*: ${what}${pages ? `\nPages: ${pages}` : ''}`,
        },
      },
    ],
  }
}
