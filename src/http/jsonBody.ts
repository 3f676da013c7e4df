import type { ErrorRequestHandler, RequestHandler } from 'express'
import express from 'express'

const DEFAULT_LIMIT = '2mb'
/** Deeper than any real document (rich text nests ~10 levels); deep enough to overflow a recursion. */
const MAX_NESTING = 100

/** Whether JSON text nests deeper than `max` arrays/objects, counted without parsing or recursion. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let isInString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (isInString) {
      if (char === '\\') i++
      else if (char === '"') isInString = false
    } else if (char === '"') isInString = true
    else if (char === '{' || char === '[') {
      if (++depth > max) return true
    } else if (char === '}' || char === ']') depth--
  }
  return false
}

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) => {
  res.status(status).json({ errors: [{ message }] })
}

/**
 * Buffers JSON request bodies (up to `JSON_BODY_LIMIT`, default 2 MB) and refuses, in Payload's error
 * shape, what Payload would otherwise answer with a 500 or parse without bound: a body over the limit
 * (413), JSON nested deeper than 100 levels (Payload's traversals recurse: a stack overflow), or
 * JSON that is not an object (`"text"`, `null`, `[1, 2]`). Malformed JSON is left to Payload, which
 * names it. Uploads (multipart) are not touched.
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
    const text = req.body.toString('utf8')
    if (nestsDeeperThan(text, MAX_NESTING)) {
      return refuse(res, 400, `The request body nests deeper than ${MAX_NESTING} levels.`)
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
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
