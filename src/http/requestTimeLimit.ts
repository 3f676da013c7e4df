import { AsyncLocalStorage } from 'node:async_hooks'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { APIError } from 'payload'

/** Whether the request this code runs for has run out of time or lost its client. */
type Scope = { isExpired: boolean }

const requestScope = new AsyncLocalStorage<Scope>()

/** `REQUEST_TIMEOUT_MS` (0: no limit). */
export function requestTimeoutMs(): number {
  const value = Number(process.env.REQUEST_TIMEOUT_MS ?? 10_000)
  return Number.isFinite(value) && value >= 0 ? value : 10_000
}

/**
 * A time limit for API reads (GET and HEAD). When it passes before the answer is sent, the client gets a 503
 * (with `Retry-After`) at once, and the request is marked expired; so is a request whose client
 * went away. Work in progress is not interrupted (Payload's operations take no abort signal, and
 * libsql runs each SQL statement synchronously on the main thread), but `stopExpiredStatements`
 * refuses every further statement of an expired request, so it ends at its next database call
 * instead of finishing a read nobody will receive. Writes are left alone: without transactions
 * (the SQLite demo's setting) stopping one half-way would leave it half-written.
 */
export function requestTimeLimit(ms: number = requestTimeoutMs()): RequestHandler {
  return (req, res, next) => {
    if (ms <= 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return next()
    const scope: Scope = { isExpired: false }
    const timer = setTimeout(() => {
      scope.isExpired = true
      if (res.headersSent) return
      res
        .status(503)
        .set('retry-after', '5')
        .json({
          errors: [{ message: `The request took longer than ${ms / 1000} s and was stopped.` }],
        })
    }, ms)
    res.once('close', () => {
      clearTimeout(timer)
      if (!res.writableFinished) scope.isExpired = true
    })
    requestScope.run(scope, next)
  }
}

/**
 * Makes the SQLite client refuse statements of an expired request (see `requestTimeLimit`) with a
 * 503. PostgreSQL has `statement_timeout` (src/db.ts) and cancels a running statement itself.
 */
export function stopExpiredStatements(payload: Payload): void {
  const client = (payload.db as { client?: { execute?: (...args: unknown[]) => unknown } }).client
  if (payload.db.name !== 'sqlite' || typeof client?.execute !== 'function') return
  const execute = client.execute.bind(client)
  client.execute = (...args: unknown[]) => {
    if (requestScope.getStore()?.isExpired) {
      throw new APIError('The request ran out of time and was stopped.', 503)
    }
    return execute(...args)
  }
}
