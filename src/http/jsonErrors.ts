import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

import { looksInternal } from '../errors/classifyDriverError'
import { clientFaultOf } from '../errors/clientFault'

/**
 * The express app's last error handler: whatever escapes Payload's own handlers (a body that fails
 * to parse, an error while building Payload's request) is answered in Payload's error shape, never
 * with express's HTML page (which prints the stack and absolute paths outside production).
 * Client errors keep their 4xx and a plain message; anything else is logged and answered with a
 * generic 500.
 */
export function jsonErrors(payload: Payload): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err)
    const { status, message } = err as { status?: number; message?: unknown }
    const fault = clientFaultOf(err)
    if (fault) {
      res.status(fault.status).json({ errors: [{ message: fault.message }] })
      return
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const isSafe = typeof message === 'string' && message !== '' && !looksInternal(message)
      const text = isSafe ? message : 'The request could not be processed.'
      res.status(status).json({ errors: [{ message: text }] })
      return
    }
    payload.logger.error({ err, msg: 'unhandled error in the HTTP layer' })
    res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
  }
}
