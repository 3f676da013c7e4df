import { STATUS_CODES } from 'node:http'

import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

type HttpError = Error & { status?: unknown; statusCode?: unknown; expose?: unknown }

function statusOf(err: HttpError): number {
  const status = Number(err.status ?? err.statusCode)
  return Number.isInteger(status) && status >= 400 && status < 600 ? status : 500
}

/**
 * The last express error handler. Express's own prints the stack trace, absolute paths and all, as
 * HTML whenever NODE_ENV is not `production`; this one answers in Payload's error shape in every
 * mode, with the message only when it is meant for the client (a 4xx from the body parser, say),
 * and logs server faults. Payload's own handlers already omit stacks unless `config.debug` is set.
 */
export function errorResponse(payload: Payload): ErrorRequestHandler {
  return (err: HttpError, _req, res, next) => {
    if (res.headersSent) return next(err)
    const status = statusOf(err)
    if (status >= 500) payload.logger.error({ err, msg: 'request failed' })
    const message =
      status < 500 && err.expose === true && typeof err.message === 'string'
        ? err.message
        : status < 500
          ? (STATUS_CODES[status] ?? 'Bad request')
          : 'Something went wrong.'
    res.status(status).json({ errors: [{ message }] })
  }
}
