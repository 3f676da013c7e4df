import { Readable } from 'node:stream'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { applyCachePolicy, sendWithETag } from './httpCache'

// Describe the body as it arrived on the wire; a buffered body is already decoded and measured.
const WIRE_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding'])

/**
 * The Fetch API Request that Payload's handlers take, built from an express request: the body is
 * streamed, or passed on as is when a middleware already buffered it (`jsonBody`).
 */
export function toWebRequest(req: ExpressRequest): Request {
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const buffered: unknown = req.body
  const isBuffered = Buffer.isBuffer(buffered)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (isBuffered && WIRE_HEADERS.has(name)) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  // HEAD is answered as GET; Node leaves the body out.
  const method = req.method === 'HEAD' ? 'GET' : req.method
  const hasBody = method !== 'GET'
  let body: BodyInit | undefined
  if (hasBody)
    body = isBuffered ? new Uint8Array(buffered) : (Readable.toWeb(req) as ReadableStream)
  return new Request(url, {
    method,
    headers,
    body,
    // Node's fetch requires this for streamed request bodies.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/**
 * Writes a Fetch API Response to express, keeping every Set-Cookie header, with the request's cache
 * policy (`httpCache`): a public JSON read is buffered for its ETag and 304, anything else streams.
 */
export async function sendWebResponse(response: Response, res: ExpressResponse): Promise<void> {
  // Already answered (the request time limit's 503): the late answer has nowhere to go.
  if (res.headersSent) return
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (applyCachePolicy(res, response)) return sendWithETag(response, res)
  if (!response.body) {
    res.end()
    return
  }
  Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]).pipe(res)
}
