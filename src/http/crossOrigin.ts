import cors from 'cors'
import type { RequestHandler } from 'express'
import type { Config } from 'payload'

const PREFLIGHT_MAX_AGE = 600

/** The origins Payload's `cors` setting allows: a list, or `'*'` for any. */
export function corsOrigins(cors: Config['cors']): '*' | string[] {
  if (cors === '*') return '*'
  if (Array.isArray(cors)) return cors
  if (cors && typeof cors === 'object') return cors.origins === '*' ? '*' : cors.origins
  return []
}

/**
 * CORS for the API, from Payload's `cors` setting (fed by `CORS_ORIGINS`): an allowed origin gets
 * `Access-Control-Allow-Origin` with credentials on every answer and a 204 to its preflight; a
 * preflight from any other origin is refused with a 403 and a message (a browser would block the
 * request anyway; the message says why). REST and GraphQL share it, since express hosts both.
 */
export function crossOrigin(config: Pick<Config, 'cors'>): RequestHandler {
  const allowed = corsOrigins(config.cors)
  const isAny = allowed === '*'
  const origins = new Set(isAny ? [] : allowed)
  const handle = cors({
    // '*' cannot carry credentials; a list answers each allowed origin by name (with Vary: Origin).
    origin: isAny ? '*' : [...origins],
    credentials: !isAny,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: ['ETag', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
    maxAge: PREFLIGHT_MAX_AGE,
  })
  return (req, res, next) => {
    const { origin } = req.headers
    const isPreflight = req.method === 'OPTIONS' && !!req.headers['access-control-request-method']
    if (isPreflight && origin && !isAny && !origins.has(origin)) {
      res.vary('Origin')
      res.status(403).json({
        errors: [{ message: `Cross-origin requests from ${origin} are not allowed.` }],
      })
      return
    }
    // Not a cross-origin call: no CORS headers, but caches must still tell the answers apart.
    if (!origin) {
      res.vary('Origin')
      return next()
    }
    handle(req, res, next)
  }
}
