import type { ErrorRequestHandler, RequestHandler } from 'express'
import express from 'express'

const DEFAULT_LIMIT = '2mb'

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) => {
  res.status(status).json({ errors: [{ message }] })
}

/**
 * Buffers JSON request bodies (up to `JSON_BODY_LIMIT`, default 2 MB) and refuses, in Payload's error
 * shape, what Payload would otherwise answer with a 500 or parse without bound: a body over the limit
 * (413), or JSON that is not an object (`"text"`, `null`, `[1, 2]`). Malformed JSON is left to
 * Payload, which names it. Uploads (multipart) are not touched.
 */
export function jsonBody(): Array<ErrorRequestHandler | RequestHandler> {
  const limit = process.env.JSON_BODY_LIMIT || DEFAULT_LIMIT
  const buffer = express.raw({ type: 'application/json', limit })
  const tooLarge: ErrorRequestHandler = (err, _req, res, next) => {
    if ((err as { type?: string }).type !== 'entity.too.large') return next(err)
    refuse(res, 413, `The request body is too large: the limit is ${limit}.`)
  }
  const objectOnly: RequestHandler = (req, res, next) => {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) return next()
    let parsed: unknown
    try {
      parsed = JSON.parse(req.body.toString('utf8'))
    } catch {
      return next()
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return refuse(res, 400, 'The request body must be a JSON object.')
    }
    next()
  }
  return [buffer, tooLarge, objectOnly]
}
