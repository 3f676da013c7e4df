import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import type { Slugs } from '../options'

const WINDOW_MS = 15 * 60 * 1000

/**
 * Per-IP limits on the routes bots hammer: logins, sign-ups, password resets and comments.
 * `RATE_LIMIT_MAX` raises the budget (tests send many requests from one address).
 */
export function rateLimits(slugs: Slugs): RequestHandler {
  const max = Number(process.env.RATE_LIMIT_MAX || 50)
  const limiter = rateLimit({
    windowMs: WINDOW_MS,
    limit: max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { errors: [{ message: 'Too many requests from this address; try again later.' }] },
  })
  const guarded = /^\/api\/[^/]+\/(login|forgot-password|reset-password|first-register)$/
  return (req, res, next) => {
    const isGuarded =
      req.method === 'POST' &&
      (guarded.test(req.path) ||
        req.path === `/api/${slugs.readers}` ||
        req.path === `/api/${slugs.comments}`)
    if (isGuarded) return limiter(req, res, next)
    next()
  }
}
