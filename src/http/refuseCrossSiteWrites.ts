import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { crossSiteRefusal, requestOrigin, usesCookieAuth } from './originPolicy'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF check: a cookie-authenticated write (POST, PUT, PATCH, DELETE — JSON, multipart or a GraphQL
 * mutation alike) whose `Origin` (or `Referer`) is neither this server's own nor in Payload's `csrf`
 * list is refused with a 403 before anything runs. Payload on its own would only drop the cookie and
 * run the write anonymously; SameSite=Lax alone lets same-site pages through. Requests authenticated
 * by an `Authorization` header are not cookie-based and pass. Without a `serverURL` (development) the
 * server's own origin is the one the request was addressed to.
 */
export function refuseCrossSiteWrites(
  config: Pick<SanitizedConfig, 'cookiePrefix' | 'csrf' | 'serverURL'>,
): RequestHandler {
  const cookieName = `${config.cookiePrefix}-token`
  const trusted = new Set(config.csrf)
  const serverOrigin = config.serverURL ? new URL(config.serverURL).origin : undefined
  if (serverOrigin) trusted.add(serverOrigin)
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || !usesCookieAuth(req.headers, cookieName)) return next()
    const origin = requestOrigin(req.headers)
    const own = serverOrigin ?? `${req.protocol}://${req.get('host')}`
    const refusal = origin === own ? undefined : crossSiteRefusal(origin, trusted)
    if (!refusal) return next()
    res.status(403).json({ errors: [{ message: refusal }] })
  }
}
