import etag from 'etag'
import type { Request, RequestHandler, Response } from 'express'
import fresh from 'fresh'

import type { CachePolicy, CacheSettings } from './cachePolicy'
import { cacheControlFor, decideCachePolicy, PERSONAL_HEADERS } from './cachePolicy'
import { rememberResponse } from './responseCache'

type Locals = { cachePolicy?: CachePolicy }

/**
 * Decides each API request's cache policy (`decideCachePolicy`) and starts every answer as
 * `no-store`: anything not written by `sendWebResponse` (a rate-limit 429, a refused origin, a body
 * too large) stays uncached; `applyCachePolicy` upgrades a successful public read. Reads vary on
 * `Cookie` and `Authorization`, so a shared cache never serves a logged-in answer to someone else.
 */
export function httpCache(settings: CacheSettings): RequestHandler {
  return (req, res, next) => {
    const policy = decideCachePolicy(
      {
        method: req.method,
        path: req.path === '/' ? req.baseUrl : `${req.baseUrl}${req.path}`,
        query: new URL(req.originalUrl, 'http://localhost').searchParams,
        authorization: req.headers.authorization,
        cookie: req.headers.cookie,
        personalHeader: PERSONAL_HEADERS.find((name) => req.headers[name] !== undefined),
      },
      settings,
    )
    ;(res.locals as Locals).cachePolicy = policy
    res.setHeader('Cache-Control', policy.kind === 'none' ? 'no-store' : 'private, no-store')
    if (policy.kind !== 'none') res.vary('Cookie').vary('Authorization')
    next()
  }
}

/**
 * Sets the final `Cache-Control` of an answer Payload produced, and tells whether its body gets a
 * strong ETag (a public JSON read that succeeded; files stream through untouched).
 */
export function applyCachePolicy(res: Response, response: globalThis.Response): boolean {
  const policy = (res.locals as Locals).cachePolicy
  if (!policy || response.headers.has('cache-control')) return false
  // An answer that sets a cookie belongs to whoever asked for it.
  const isPersonal = policy.kind === 'public' && response.headers.has('set-cookie')
  const value = cacheControlFor(
    isPersonal ? { kind: 'private', reason: 'sets a cookie' } : policy,
    response.status,
  )
  res.setHeader('Cache-Control', value)
  const isJson = /json/.test(response.headers.get('content-type') ?? '')
  return value.startsWith('public') && response.status === 200 && isJson && !!response.body
}

// GraphQL reports failures inside a 200: such an answer must not be kept by shared caches.
const hasGraphQLErrors = (req: Request, body: Buffer) => {
  if (!req.path.endsWith('/graphql')) return false
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: unknown[] }
    return Array.isArray(parsed.errors) && parsed.errors.length > 0
  } catch {
    return true
  }
}

/**
 * Sends a public JSON answer buffered, with a strong ETag over Payload's bytes (before compression,
 * so every encoding shares it), and answers a matching `If-None-Match` with a bodiless 304.
 */
export async function sendWithETag(response: globalThis.Response, res: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const { req } = res
  if (hasGraphQLErrors(req, body)) {
    res.setHeader('Cache-Control', 'private, no-store')
    res.setHeader('Content-Length', body.length)
    res.end(body)
    return
  }
  const tag = etag(body)
  res.setHeader('ETag', tag)
  rememberResponse(res, body, tag)
  if (fresh(req.headers, { etag: tag })) {
    res.status(304)
    res.removeHeader('Content-Type')
    res.end()
    return
  }
  res.setHeader('Content-Length', body.length)
  res.end(body)
}
