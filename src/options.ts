import type { Config, PayloadRequest } from 'payload'

import type { Checklist, ChecklistOptions } from './checklist'
import { buildChecklist } from './checklist'
import { REVALIDATION_EVENTS } from './revalidation/events'
import type { DeliveryOptions, ResolvedDelivery } from './http/deliveryOptions'
import { resolveDelivery } from './http/deliveryOptions'
import type { ReadLimits } from './delivery/readLimits'
import { DEFAULT_READ_LIMITS } from './delivery/readLimits'

/** The collections Showrunner adds, by role in the newsroom. */
export type CollectionKey =
  | 'articles'
  | 'authors'
  | 'comments'
  | 'dramas'
  | 'media'
  | 'people'
  | 'readers'
  | 'scenes'
  | 'workflowEvents'
  | 'editorialNotes'
  | 'reactions'
  | 'commentReports'
  | 'similarityEntries'
  | 'similarityPostings'
  | 'similarityStats'

/**
 * Resolved slugs, typed as the default ones so the Local API returns the generated document types
 * (`Article`, `Drama`…). A renamed collection holds the same documents under another slug.
 */
export type Slugs = typeof DEFAULT_SLUGS

/**
 * What a webhook can subscribe to: the workflow's events (a stage change includes publishing and
 * unpublishing) and the revalidation events (`src/revalidation/events.ts`).
 */
export const WORKFLOW_WEBHOOK_EVENTS = [
  'article.published',
  'article.unpublished',
  'article.stage_changed',
] as const

export const WEBHOOK_EVENTS = [...WORKFLOW_WEBHOOK_EVENTS, ...REVALIDATION_EVENTS] as const

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

/** A receiver of signed workflow and revalidation events. */
export type WebhookConfig = {
  /** Where the JSON event is POSTed. */
  url: string
  /** Key of the `X-Showrunner-Signature` HMAC-SHA256 header; never sent or stored with the job. */
  secret: string
  /** Events to deliver. @default every event (with `format: 'slack'`: the workflow's events) */
  events?: WebhookEventType[]
  /**
   * The body's shape: Showrunner's JSON event, or a Slack incoming-webhook message (`{ text, blocks }`)
   * that a newsroom channel can read. Both carry the signature headers.
   * @default 'json'
   */
  format?: WebhookFormat
}

/** How a webhook's body is shaped (`src/notifications/slackMessage.ts` for `slack`). */
export type WebhookFormat = 'json' | 'slack'

/** Options of the `showrunner()` plugin. */
export type ShowrunnerOptions = {
  /**
   * Switches Showrunner's behaviour (hooks, workflow, tagging, similarity) on or off. When `false` the
   * collections and fields stay, so the schema and existing data remain valid; access rules stay in force.
   * @default true
   */
  enabled?: boolean
  /**
   * Slugs of the collections the plugin adds, to avoid clashes with the host's collections.
   * @default { articles: 'articles', authors: 'authors', ... } (each key is its own slug)
   */
  slugs?: Partial<Record<CollectionKey, string>>
  /**
   * Makes the staff collection the admin panel's user collection, unless the host config names one.
   * @default true
   */
  useAuthorsForAdmin?: boolean
  /**
   * Receivers notified, through the job queue with retries, when an article is published, unpublished
   * or changes workflow stage, and of every change a public page depends on (revalidation events).
   * A failing receiver never blocks or fails the change. `webhooksFromEnv()` reads one from
   * `WEBHOOK_URL` and `WEBHOOK_SECRET`.
   * @default []
   */
  webhooks?: WebhookConfig[]
  /**
   * Cron (with seconds) on which the server runs Showrunner's job queue (`showrunner`: scheduled
   * publishing, e-mails, webhooks). `false` leaves running that queue to the host. The environment
   * variable `SHOWRUNNER_JOBS_AUTORUN=false` also turns it off (tests run the queue themselves).
   * @default DEFAULT_JOBS_CRON (every ten seconds)
   */
  jobsCron?: string | false
  /**
   * Similar articles: how many each published article lists (pins aside), which is also the most
   * `GET /:id/similar` serves.
   * @default { size: 20 }
   */
  similarArticles?: { size?: number }
  /**
   * Cross-origin access and HTTP caching: the public origin (`serverURL`), the frontends allowed to
   * call the API from a browser (`corsOrigins`, fed to Payload's `cors` and `csrf`), and the cache
   * lifetimes of public reads. The demo app fills it from `SERVER_URL`, `CORS_ORIGINS`, `CACHE_*`.
   * @default { corsOrigins: [], cache: { maxAge: 60, staleWhileRevalidate: 300, mediaMaxAge: 86400 } }
   */
  delivery?: DeliveryOptions
  /**
   * The most a REST or GraphQL read may ask for: `maxDepth` (REST `depth`; GraphQL relationship
   * levels), `maxLimit` (page size) and `staffMaxLimit` (page size for signed-in staff). Beyond
   * them a read is a 400. The Local API is not limited.
   * @default { maxDepth: 3, maxLimit: 50, staffMaxLimit: 500 }
   */
  reads?: Partial<ReadLimits>
  /**
   * The pre-publish checklist (`src/checklist`): the built-in rules with your settings per rule and
   * per format, your own rules, and the bounds of the length rules. Required rules block approve and
   * publish; recommended ones need an editor's note. `false` switches the checklist off.
   * @default the built-in rules with their default severities
   */
  checklist?: ChecklistOptions | false
  /**
   * Readers' reactions to articles: the fixed set a reader picks one of (the seeds' "How does this
   * article make you feel?" bar). Changing the set later needs a migration of the select's values.
   * @default { kinds: ['love', 'laugh', 'wow', 'sad', 'angry'] }
   */
  reactions?: { kinds?: string[] }
  /**
   * Comment moderation: how many reader reports send an approved comment back to the moderation
   * queue (status `pending`).
   * @default { reportThreshold: 3 }
   */
  moderation?: { reportThreshold?: number }
}

/** Options with defaults applied: what every part of the plugin reads. */
export type ResolvedOptions = {
  isEnabled: boolean
  slugs: Slugs
  useAuthorsForAdmin: boolean
  /** `format` stays optional: a webhook without one (e.g. pushed by a test) is `json`. */
  webhooks: Array<Required<Omit<WebhookConfig, 'format'>> & Pick<WebhookConfig, 'format'>>
  jobsCron: string | false
  similarArticles: { size: number }
  delivery: ResolvedDelivery
  reads: ReadLimits
  /** Null when the checklist is switched off. */
  checklist: Checklist | null
  reactions: { kinds: string[] }
  moderation: { reportThreshold: number }
}

export const DEFAULT_SLUGS = {
  articles: 'articles',
  authors: 'authors',
  comments: 'comments',
  dramas: 'dramas',
  media: 'media',
  people: 'people',
  readers: 'readers',
  scenes: 'scenes',
  workflowEvents: 'workflow-events',
  editorialNotes: 'editorial-notes',
  reactions: 'reactions',
  commentReports: 'comment-reports',
  similarityEntries: 'similarity-entries',
  similarityPostings: 'similarity-postings',
  similarityStats: 'similarity-stats',
} as const satisfies Record<CollectionKey, string>

export const DEFAULT_JOBS_CRON = '*/10 * * * * *'

/** Applies defaults to the plugin's options. */
export function resolveOptions(options: ShowrunnerOptions = {}): ResolvedOptions {
  return {
    isEnabled: options.enabled !== false,
    slugs: { ...DEFAULT_SLUGS, ...options.slugs } as Slugs,
    useAuthorsForAdmin: options.useAuthorsForAdmin !== false,
    webhooks: (options.webhooks ?? []).map((webhook) => ({
      ...webhook,
      // A chat channel wants the desk's news, not every cache-revalidation event.
      events:
        webhook.events ??
        (webhook.format === 'slack' ? [...WORKFLOW_WEBHOOK_EVENTS] : [...WEBHOOK_EVENTS]),
    })),
    jobsCron: options.jobsCron ?? DEFAULT_JOBS_CRON,
    similarArticles: { size: 20, ...options.similarArticles },
    delivery: resolveDelivery(options.delivery),
    reads: { ...DEFAULT_READ_LIMITS, ...options.reads },
    checklist: options.checklist === false ? null : buildChecklist(options.checklist),
    reactions: { kinds: resolveReactionKinds(options.reactions?.kinds) },
    moderation: { reportThreshold: resolveReportThreshold(options.moderation?.reportThreshold) },
  }
}

export const DEFAULT_REACTION_KINDS = ['love', 'laugh', 'wow', 'sad', 'angry']
export const DEFAULT_REPORT_THRESHOLD = 3

function resolveReactionKinds(kinds: string[] | undefined): string[] {
  if (kinds === undefined) return [...DEFAULT_REACTION_KINDS]
  const isName = (kind: string) => /^[a-z][a-z0-9_]{0,29}$/.test(kind)
  if (kinds.length === 0 || !kinds.every(isName) || new Set(kinds).size !== kinds.length) {
    throw new Error(
      'showrunner: reactions.kinds must be distinct lower-case names (a-z, 0-9, _), at least one.',
    )
  }
  return [...kinds]
}

function resolveReportThreshold(threshold: number | undefined): number {
  if (threshold === undefined) return DEFAULT_REPORT_THRESHOLD
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new Error('showrunner: moderation.reportThreshold must be a whole number of at least 1.')
  }
  return threshold
}

/** Where the plugin keeps its resolved options on the config, for access rules and hooks. */
export const CUSTOM_KEY = 'showrunner'

/** The plugin's resolved options, read from the running config (no module state: tests build many configs). */
export function getOptions(req: Pick<PayloadRequest, 'payload'>): ResolvedOptions {
  return getOptionsFromConfig(req.payload.config)
}

export function getOptionsFromConfig(config: Pick<Config, 'custom'>): ResolvedOptions {
  const found = config.custom?.[CUSTOM_KEY] as ResolvedOptions | undefined
  return found ?? resolveOptions()
}
