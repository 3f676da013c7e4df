import type { Purpose } from './policy'

/** One operation a request performs that has a budget. `account` is the e-mail it names, if any. */
export type LimitedOperation = { purpose: Purpose; collection: string; account?: string }

/** Which collections take which limited operations (slugs as configured). */
export type LimitedRoutes = {
  /** Collections with logins and password resets (authors, readers). */
  authCollections: string[]
  /** Collections anyone may create accounts in (readers). */
  signupCollections: string[]
  /** Collections whose creation is a comment. */
  commentCollections: string[]
  /** Collections of reader feedback (reactions, comment reports): every write counts. */
  reactionCollections?: string[]
}

type Headers = Record<string, string | string[] | undefined>

/**
 * The path as Payload's router will see it, and then some: dot segments resolved (as `new URL`
 * does), percent-escapes decoded, lower case, repeated and trailing slashes dropped. Payload routes
 * `/login/`, `/LOGIN` and `/login//` to the login handler; counting a variant it would 404 costs
 * nothing, missing one it serves is a bypass.
 */
export function normalizeApiPath(path: string): string {
  let pathname = path
  try {
    pathname = new URL(path, 'http://localhost').pathname
  } catch {
    // keep the raw path
  }
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    // a malformed escape: keep it encoded
  }
  const collapsed = pathname.toLowerCase().replace(/\/{2,}/g, '/')
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * The method Payload will dispatch on: it turns a POST carrying `X-HTTP-Method-Override: GET` or
 * `X-Payload-HTTP-Method-Override: GET` (exactly that value) into a GET, and honours nothing else.
 */
export function effectiveMethod(method: string, headers: Headers): string {
  const upper = method.toUpperCase()
  if (upper !== 'POST') return upper
  const isGetOverride =
    header(headers, 'x-http-method-override') === 'GET' ||
    header(headers, 'x-payload-http-method-override') === 'GET'
  return isGetOverride ? 'GET' : upper
}

/** The e-mail an auth body names, normalised as Payload compares it (trimmed, lower case). */
export function accountOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const { email, username } = body as { email?: unknown; username?: unknown }
  const value = typeof email === 'string' ? email : typeof username === 'string' ? username : ''
  const account = value.trim().toLowerCase()
  return account || undefined
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

const AUTH_ACTIONS: Record<string, Purpose> = {
  login: 'login',
  'forgot-password': 'passwordReset',
  'reset-password': 'passwordReset',
  'first-register': 'signup',
}

/** The limited operation of a REST request, if it is one (`body`: the parsed JSON, if any). */
export function classifyRestRequest(args: {
  method: string
  path: string
  headers: Headers
  body: unknown
  routes: LimitedRoutes
}): LimitedOperation[] {
  const method = effectiveMethod(args.method, args.headers)
  if (!WRITE_METHODS.has(method)) return []
  const segments = normalizeApiPath(args.path).split('/').filter(Boolean)
  if (segments[0] !== 'api' || segments.length < 2 || segments.length > 3) return []
  const [, collection, action] = segments
  const { authCollections, signupCollections, commentCollections } = args.routes
  const has = (slugs: string[]) => slugs.some((slug) => slug.toLowerCase() === collection)
  // A reaction is made (POST), changed (PATCH/PUT) or removed (DELETE): each is one in the budget.
  if (has(args.routes.reactionCollections ?? [])) return [{ purpose: 'reaction', collection }]
  if (method !== 'POST') return []
  if (action === undefined) {
    if (has(signupCollections)) return [{ purpose: 'signup', collection }]
    if (has(commentCollections)) return [{ purpose: 'comment', collection }]
    return []
  }
  // Own keys only: `constructor` and friends are not actions.
  const purpose = Object.hasOwn(AUTH_ACTIONS, action) ? AUTH_ACTIONS[action] : undefined
  if (!purpose || !has(authCollections)) return []
  // Reset-password carries a token, not an e-mail: it counts against the address only.
  const account = action === 'reset-password' ? undefined : accountOf(args.body)
  return [{ purpose, collection, ...(account ? { account } : {}) }]
}
