/**
 * Revalidation events: what a public frontend (or CDN) must refresh after a change. Pure: the
 * hooks gather the facts, these functions decide the event and the public paths it names.
 */

/** Every revalidation event a webhook can subscribe to. */
export const REVALIDATION_EVENTS = [
  'content.published',
  'content.updated',
  'content.unpublished',
  'content.deleted',
  'similar.updated',
  'comment.approved',
  'comment.updated',
  'comment.removed',
] as const

export type RevalidationEventType = (typeof REVALIDATION_EVENTS)[number]

/** The public collections whose changes a page can depend on. */
export type PublicCollection = 'articles' | 'dramas' | 'scenes' | 'people' | 'media' | 'authors'

/** The JSON body POSTed to a webhook for one revalidation event. */
export type RevalidationEvent = {
  type: RevalidationEventType
  occurredAt: string
  /** The collection's slug as configured (e.g. `articles`). */
  collection: string
  id: number | string
  /** The document's slug (an author's handle); null when it has none (scenes, media, comments). */
  slug: string | null
  /** Public paths whose pages show this document, own page first. */
  paths: string[]
}

/** Fields of live articles that reference a document of each collection (for its `paths`). */
export const ARTICLE_REFERENCES: Record<Exclude<PublicCollection, 'articles'>, string[]> = {
  dramas: ['dramas', 'items.drama'],
  people: ['people'],
  scenes: ['items.scene'],
  media: ['heroImage', 'items.media'],
  authors: ['author'],
}

/** At most this many referencing articles are named in one event; beyond, revalidate listings. */
export const MAX_REFERENCING_ARTICLES = 100

const OWN_PAGES: Record<PublicCollection, { page: string | null; listing: string | null }> = {
  articles: { page: '/articles', listing: '/' },
  dramas: { page: '/dramas', listing: '/dramas' },
  people: { page: '/people', listing: '/people' },
  authors: { page: '/authors', listing: '/authors' },
  scenes: { page: null, listing: null },
  media: { page: null, listing: null },
}

export const articlePath = (slug: string): string => `/articles/${encodeURIComponent(slug)}`

export type PathFacts = {
  collection: PublicCollection
  /** The document's slug now (an author's handle). */
  slug?: string | null
  /** Its slug before the change, when it changed: the old page must go too. */
  previousSlug?: string | null
  /** Slugs of live articles that show the document (a drama's "watch now", an author's byline). */
  referencingArticles?: string[]
  /** Public file URLs of an upload (the original and each image size). */
  fileUrls?: string[]
}

/**
 * The public paths a change of one document affects, in this scheme:
 *
 * | collection | own page            | listing    | also                                      |
 * | ---------- | ------------------- | ---------- | ----------------------------------------- |
 * | articles   | `/articles/<slug>`  | `/`        |                                           |
 * | dramas     | `/dramas/<slug>`    | `/dramas`  | `/articles/<slug>` of live articles naming it |
 * | people     | `/people/<slug>`    | `/people`  | the same                                  |
 * | authors    | `/authors/<handle>` | `/authors` | the same (bylines)                        |
 * | scenes     | —                   | —          | the same (listicle items)                 |
 * | media      | its file URLs       | —          | the same (hero images, item images)       |
 *
 * Paths are de-duplicated, own page first; a renamed slug names the old page as well.
 */
export function revalidationPaths(facts: PathFacts): string[] {
  const { page, listing } = OWN_PAGES[facts.collection]
  const paths: string[] = []
  const own = (slug: string | null | undefined) => {
    if (page && slug) paths.push(`${page}/${encodeURIComponent(slug)}`)
  }
  own(facts.slug)
  if (facts.previousSlug !== facts.slug) own(facts.previousSlug)
  for (const url of facts.fileUrls ?? []) paths.push(pathnameOf(url))
  if (listing) paths.push(listing)
  for (const slug of facts.referencingArticles ?? []) paths.push(articlePath(slug))
  return [...new Set(paths)]
}

/** The path of a URL that may be absolute (`serverURL` set) or already a path. */
function pathnameOf(url: string): string {
  return new URL(url, 'http://localhost').pathname
}

export type ArticleSaveFacts = {
  /** Whether a published version was live before the save. */
  wasLive: boolean
  /** Whether one is live after it. */
  isLive: boolean
  /** The `_status` the save wrote: `draft` for a draft save (or an unpublish), else `published`. */
  savedStatus: string | null | undefined
}

/**
 * What an article save means for the public: published (first or again), a live article updated, or
 * unpublished; null for a draft save, which changes nothing public.
 */
export function articleSaveEvent(facts: ArticleSaveFacts): RevalidationEventType | null {
  if (facts.savedStatus === 'published') {
    return facts.wasLive ? 'content.updated' : 'content.published'
  }
  return facts.wasLive && !facts.isLive ? 'content.unpublished' : null
}

export type CommentChangeFacts = {
  /** The status before the change; null for a new comment. */
  previousStatus: string | null | undefined
  /** The status after it; null when the comment was deleted. */
  status: string | null | undefined
}

/**
 * What a comment change means for the public thread: approved (it appears), updated (an approved
 * comment changed and stays), removed (an approved comment was unapproved or deleted); null when
 * the public never saw it.
 */
export function commentChangeEvent(facts: CommentChangeFacts): RevalidationEventType | null {
  const wasPublic = facts.previousStatus === 'approved'
  const isPublic = facts.status === 'approved'
  if (isPublic) return wasPublic ? 'comment.updated' : 'comment.approved'
  return wasPublic ? 'comment.removed' : null
}

/** Whether an author's public profile differs between two versions of the document. */
export function hasPublicProfileChanged(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>,
  fields: readonly string[],
): boolean {
  if (!before) return true
  return fields.some((field) => stableJson(before[field]) !== stableJson(after[field]))
}

/** JSON with relationships reduced to ids, so a populated and an unpopulated value compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner &&
    typeof inner === 'object' &&
    !Array.isArray(inner) &&
    'id' in inner &&
    'createdAt' in inner
      ? (inner as { id: unknown }).id
      : inner,
  )
}

/** An author's fields that the public sees (the rest is the account). */
export const AUTHOR_PROFILE_FIELDS = [
  'name',
  'handle',
  'bio',
  'avatar',
  'socials',
  'currentlyWatching',
  'lookingForwardTo',
  'favourites',
] as const
