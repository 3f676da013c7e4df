import { hasLoginCookie } from './originPolicy'

/**
 * Who may cache an API answer, decided from the request alone (the response can only make it
 * stricter: an error, a GraphQL `errors` list or a Set-Cookie is never public).
 * - `public`: the same bytes for every anonymous caller; shared caches may keep them.
 * - `private`: depends on who asks or on per-reader parameters: `private, no-store`.
 * - `none`: writes and preflights: `no-store`.
 */
export type CachePolicy =
  | { kind: 'public'; maxAge: number; staleWhileRevalidate: number; isFile: boolean }
  | { kind: 'private'; reason: string }
  | { kind: 'none' }

export type CacheRequest = {
  method: string
  /** Path without the query string, e.g. `/api/articles/1`. */
  path: string
  query: URLSearchParams
  /** The `Authorization` header, if any (JWT, Bearer or API key: a logged-in caller either way). */
  authorization?: string
  /** The `Cookie` header, if any. */
  cookie?: string
  /** The first of `PERSONAL_HEADERS` the request carries, if any. */
  personalHeader?: string
}

/** Request headers that carry a reader's spoiler choices (src/spoilerGlue/spoilerHeaders.ts). */
export const PERSONAL_HEADERS = [
  'showrunner-watched',
  'showrunner-spoilers',
  'showrunner-preview-as-reader',
] as const

export type CacheSettings = {
  /** Name of Payload's login cookie (`<cookiePrefix>-token`). */
  cookieName: string
  /** Where uploaded files are served, e.g. `['/api/media/file/']`. */
  filePrefixes: string[]
  graphqlPath: string
  maxAge: number
  staleWhileRevalidate: number
  mediaMaxAge: number
}

// Answers about the caller themselves, public or not: `GET /api/readers/me`, `/api/access`, ….
const PERSONAL_SEGMENTS = new Set(['me', 'access', 'init', 'refresh-token', 'logout'])
// GraphQL arguments and fields that make an answer per-reader or a draft preview.
const PERSONAL_GRAPHQL = /\b(?:watched|spoilers|draft)\s*:|\b(?:me[A-Z]\w*|Access)\b/

function personalQuery(query: URLSearchParams): string | undefined {
  for (const [key, value] of query) {
    if (key === 'watched' || key.startsWith('watched[')) return `?${key}`
    if (key === 'spoilers') return '?spoilers'
    if (key === 'draft' && value === 'true') return '?draft=true'
  }
  return undefined
}

/** Decides the cache policy of an API request (see `CachePolicy`). */
export function decideCachePolicy(req: CacheRequest, settings: CacheSettings): CachePolicy {
  if (req.method !== 'GET' && req.method !== 'HEAD') return { kind: 'none' }
  const isFile = settings.filePrefixes.some((prefix) => req.path.startsWith(prefix))
  // Files of a collection anyone may read are the same bytes for every caller: the admin's
  // thumbnails stay cacheable while logged in.
  if (isFile) {
    return { kind: 'public', maxAge: settings.mediaMaxAge, staleWhileRevalidate: 0, isFile }
  }
  // The login cookie or any `Authorization` header (JWT, Bearer, API key): a logged-in caller.
  if (req.authorization || hasLoginCookie(req.cookie, settings.cookieName))
    return { kind: 'private', reason: 'logged in' }
  if (req.personalHeader) return { kind: 'private', reason: req.personalHeader }
  const personal = personalQuery(req.query)
  if (personal) return { kind: 'private', reason: personal }
  const segments = req.path.split('/')
  if (segments.some((segment) => PERSONAL_SEGMENTS.has(segment))) {
    return { kind: 'private', reason: 'about the caller' }
  }
  if (req.path === settings.graphqlPath && PERSONAL_GRAPHQL.test(req.query.get('query') ?? '')) {
    return { kind: 'private', reason: 'per-reader GraphQL arguments' }
  }
  return {
    kind: 'public',
    maxAge: settings.maxAge,
    staleWhileRevalidate: settings.staleWhileRevalidate,
    isFile: false,
  }
}

/** The `Cache-Control` value of a policy applied to an answer with `status`. */
export function cacheControlFor(policy: CachePolicy, status: number): string {
  if (policy.kind === 'none') return 'no-store'
  const isCacheable = (status >= 200 && status < 300) || status === 304
  if (policy.kind === 'private' || !isCacheable) return 'private, no-store'
  const swr =
    policy.staleWhileRevalidate > 0 ? `, stale-while-revalidate=${policy.staleWhileRevalidate}` : ''
  return `public, max-age=${policy.maxAge}${swr}`
}
