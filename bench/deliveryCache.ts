import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { generateSyntheticArticles } from './syntheticArticles'

const CONNECTIONS = 10
// Repeated anonymous reads are answered from the app's response cache (src/http/responseCache.ts),
// 304 or not; the in-memory ceiling needs more requests to be timed at all.
const APP_REQUESTS = 400
const MEMORY_REQUESTS = 4000

type Load = { requests: number; seconds: number; requestsPerSecond: number; bytes: number }

/**
 * `requests` GETs of `url` over `CONNECTIONS` keep-alive connections (one loop per connection, as
 * autocannon would), after a warm-up of a tenth as many; every answer must have `expectStatus`.
 */
async function load(
  url: string,
  headers: Record<string, string>,
  expectStatus: number,
  requests = APP_REQUESTS,
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(url, { agent, headers }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () =>
          res.statusCode === expectStatus
            ? resolve(bytes)
            : reject(new Error(`${url}: ${res.statusCode}, expected ${expectStatus}`)),
        )
      })
      req.on('error', reject)
    })
  const run = async (total: number): Promise<Load> => {
    let next = 0
    let bytes = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < total) {
          next += 1
          bytes += await once()
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    return {
      requests: total,
      seconds: Math.round(seconds * 100) / 100,
      requestsPerSecond: Math.round(total / seconds),
      bytes: Math.round(bytes / total),
    }
  }
  try {
    await run(Math.ceil(requests / 10))
    return await run(requests)
  } finally {
    agent.destroy()
  }
}

/** A plain node:http server answering every request with `body` from memory: the ceiling. */
async function memoryServer(body: Buffer, headers: http.OutgoingHttpHeaders) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'content-length': body.length })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) }
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})

/**
 * The HTTP cache path against its ceiling: one public article read (a long feature, ~100 KB of
 * JSON at depth 1) answered by the express server from the 304 path (`If-None-Match` with its
 * ETag), next to a `node:http` server returning the same bytes from memory, and the 200 path with
 * and without gzip. Scratch SQLite file, express without Next, plugin on, development mode.
 */
export async function benchDeliveryCache(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-bench-delivery-'))
  process.env.DATABASE_URI = process.env.BENCH_DATABASE_URI || `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET ||= 'showrunner-bench-secret'
  process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'
  process.env.RATE_LIMIT_MAX ||= '1000000'
  const { startServer } = await import('../src/server')
  const server = await startServer({ port: 0, withNext: false, shouldSeed: false })
  const { payload } = server
  try {
    const author = await payload.create({
      collection: 'authors',
      data: {
        email: 'bench@bench.test',
        password: 'bench-password-1',
        name: 'Bench',
        handle: 'bench',
        role: 'admin',
      },
    })
    const [synthetic] = generateSyntheticArticles(1, 7, { bodyWords: 14_000 })
    const sentences = synthetic!.body.split(/(?<=\.) /)
    const paragraphs = Array.from({ length: Math.ceil(sentences.length / 6) }, (_, i) =>
      paragraph(sentences.slice(i * 6, i * 6 + 6).join(' ')),
    )
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: synthetic!.title,
        format: 'feature',
        author: author.id,
        body: {
          root: {
            type: 'root',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: paragraphs,
          },
        },
        _status: 'published',
      } as never,
      depth: 0,
    })
    const url = `${server.url.replace('localhost', '127.0.0.1')}/api/articles/${article.id}?depth=1`
    const first = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    const body = Buffer.from(await first.arrayBuffer())
    const tag = first.headers.get('etag')
    if (!tag || !first.headers.get('cache-control')?.startsWith('public')) {
      throw new Error('the article read is not public and validated: nothing to measure')
    }
    const ceiling = await memoryServer(body, { 'content-type': 'application/json', etag: tag })
    try {
      // Interleaved rounds so a neighbour's load on the shared machine hits every variant alike.
      const runs: Record<string, Load[]> = { notModified: [], memory: [], gzip: [], identity: [] }
      for (let round = 0; round < 2; round++) {
        runs.notModified!.push(await load(url, { 'if-none-match': tag }, 304))
        runs.memory!.push(await load(ceiling.url, {}, 200, MEMORY_REQUESTS))
        runs.gzip!.push(await load(url, { 'accept-encoding': 'gzip' }, 200))
        runs.identity!.push(await load(url, {}, 200))
      }
      const best = (key: string) =>
        runs[key]!.reduce((a, b) => (a.requestsPerSecond >= b.requestsPerSecond ? a : b))
      const notModified = best('notModified')
      const memory = best('memory')
      const gzip = best('gzip')
      const identity = best('identity')
      return {
        connections: CONNECTIONS,
        requestsPerRun: { app: APP_REQUESTS, memory: MEMORY_REQUESTS },
        articleJsonBytes: body.length,
        gzipBytes: gzip.bytes,
        notModifiedRps: notModified.requestsPerSecond,
        memoryCeilingRps: memory.requestsPerSecond,
        notModifiedToCeilingRatio:
          Math.round((notModified.requestsPerSecond / memory.requestsPerSecond) * 1000) / 1000,
        ok200GzipRps: gzip.requestsPerSecond,
        ok200IdentityRps: identity.requestsPerSecond,
        notModifiedTo200GzipRatio:
          Math.round((notModified.requestsPerSecond / gzip.requestsPerSecond) * 100) / 100,
      }
    } finally {
      await ceiling.close()
    }
  } finally {
    await server.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
