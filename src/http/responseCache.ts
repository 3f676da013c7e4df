import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import type { Request, RequestHandler, Response } from 'express'
import fresh from 'fresh'
import type { Payload } from 'payload'

import { contentGeneration, onContentChange } from '../delivery/contentSignal'
import { ResponseStore } from '../delivery/responseStore'
import { watchCommits } from '../delivery/watchCommits'
import { getOptionsFromConfig } from '../options'
import type { CachePolicy } from './cachePolicy'

// Same threshold and brotli quality as the `compression` middleware in front of it.
const COMPRESS_FROM_BYTES = 1024
const BROTLI_QUALITY = 4
const MAX_ENTRY_FRACTION = 8
// Payload's headers kept with a stored answer; CORS, security and Vary headers are set afresh by
// the middleware in front on every request, as they depend on the request.
const KEPT_HEADERS = ['content-type', 'cache-control', 'content-language', 'last-modified']

type Encoding = 'br' | 'gzip' | 'identity'
type Pending = { key: string; encoding: Encoding; generation: number; maxAge: number }
/** Misses being computed, by key: identical requests arriving meanwhile wait for the first. */
type InFlight = Map<string, Promise<void>>
type Locals = { cachePolicy?: CachePolicy; responseCache?: Pending & { store: ResponseStore } }

/**
 * The query string with its parameters in a stable order, so `?limit=10&depth=1` and
 * `?depth=1&limit=10` share an entry; the order of repeated keys is kept (it can matter).
 */
function normalisedUrl(originalUrl: string): string {
  const url = new URL(originalUrl, 'http://x')
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${url.pathname}?${new URLSearchParams(params).toString()}`
}

function encodingFor(req: Request): Encoding {
  const accepted = req.acceptsEncodings(['br', 'gzip', 'identity'])
  return accepted === 'br' || accepted === 'gzip' ? accepted : 'identity'
}

function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'identity' || body.length < COMPRESS_FROM_BYTES) return body
  if (encoding === 'gzip') return gzipSync(body)
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  })
}

/**
 * An in-process cache of anonymous public API answers, mounted after the rate limits (a cached
 * answer counts against them as any other) and before Payload's handlers: a hit is answered from
 * memory, already compressed, and a matching `If-None-Match` gets its 304 without a database read
 * or any serialisation.
 *
 * What it may hold is exactly what `httpCache` marked `public` (anonymous, no `watched`,
 * `spoilers` or `draft=true`, not about the caller, GraphQL without per-reader arguments), and
 * stricter still: a request carrying any `Cookie` or `Authorization` header neither reads nor fills
 * it, and only a 200 JSON answer without `Set-Cookie` or GraphQL errors is stored
 * (`rememberResponse`). Keyed by host, path, normalised query and negotiated encoding. Entries
 * live at most the public `max-age`, and every save or delete of a document clears the whole cache
 * (`src/delivery/contentSignal.ts`); an answer whose read overlapped a change is not stored. Each
 * process has its own: with several processes, a change made in another one is seen after at most
 * `max-age`, as by any shared cache.
 */
export function responseCache(payload: Payload): RequestHandler {
  const { delivery } = getOptionsFromConfig(payload.config)
  const maxBytes = delivery.responseCacheBytes
  if (maxBytes === 0) return (_req, _res, next) => next()
  const store = new ResponseStore({ maxBytes, maxEntryBytes: maxBytes / MAX_ENTRY_FRACTION })
  const inFlight: InFlight = new Map()
  watchCommits(payload)
  onContentChange(() => store.clear())
  return async (req, res, next) => {
    const policy = (res.locals as Locals).cachePolicy
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      policy?.kind !== 'public' ||
      policy.isFile ||
      policy.maxAge === 0 ||
      req.headers.cookie !== undefined ||
      req.headers.authorization !== undefined
    ) {
      return next()
    }
    const encoding = encodingFor(req)
    const key = `${encoding} ${req.get('host') ?? ''} ${normalisedUrl(req.originalUrl)}`
    // A burst of identical reads on a cold or just-cleared cache (every save clears it) would each
    // build the same answer: the first builds it, the others wait for it and are answered from it.
    const leader = inFlight.get(key)
    if (leader) await leader
    const now = Date.now()
    const hit = store.get(key, now)
    if (!hit) {
      res.setHeader('X-Response-Cache', 'miss')
      if (!inFlight.has(key)) {
        const done = new Promise<void>((resolve) => res.once('close', resolve))
        inFlight.set(key, done)
        void done.then(() => inFlight.get(key) === done && inFlight.delete(key))
      }
      ;(res.locals as Locals).responseCache = {
        key,
        encoding,
        generation: contentGeneration(),
        maxAge: policy.maxAge,
        store,
      }
      return next()
    }
    res.setHeader('X-Response-Cache', leader ? 'hit, coalesced' : 'hit')
    for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value)
    res.setHeader('ETag', hit.etag)
    res.setHeader('Age', String(Math.floor((now - hit.storedAt) / 1000)))
    if (fresh(req.headers, { etag: hit.etag })) {
      res.removeHeader('Content-Type')
      res.removeHeader('Content-Encoding')
      res.status(304).end()
      return
    }
    res.setHeader('Content-Length', hit.body.length)
    res.status(200).end(hit.body)
  }
}

/**
 * Stores a public answer that `sendWithETag` is about to send (`body` as Payload wrote it, before
 * compression), if the request was a cache miss above and no content changed while it was read.
 */
export function rememberResponse(res: Response, body: Buffer, etag: string): void {
  const pending = (res.locals as Locals).responseCache
  if (!pending || res.statusCode !== 200 || res.hasHeader('set-cookie')) return
  if (pending.generation !== contentGeneration()) return
  if (!String(res.getHeader('cache-control') ?? '').startsWith('public')) return
  const encoded = encode(body, pending.encoding)
  const headers: Record<string, string> = {}
  for (const name of KEPT_HEADERS) {
    const value = res.getHeader(name)
    if (value !== undefined) headers[name] = String(value)
  }
  if (encoded !== body) headers['content-encoding'] = pending.encoding
  const now = Date.now()
  pending.store.set(pending.key, {
    body: encoded,
    headers,
    etag,
    storedAt: now,
    expiresAt: now + pending.maxAge * 1000,
  })
}
