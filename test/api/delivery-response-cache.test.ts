import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'
import type { RawResult } from '../helpers/rawHttp'
import { rawRequest } from '../helpers/rawHttp'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'
import { draftArticle } from '../helpers/workflow'

// The in-process response cache (src/http/responseCache.ts): anonymous public reads are answered
// from memory until content changes; nothing personalised is ever read from it or put in it.

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let readerCookie: string
let dramaId: number | string

const LIST = '/api/articles?limit=10&depth=1&sort=-createdAt'
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(`${server.url}${path}`, { method, headers })
const titles = (res: RawResult) =>
  (JSON.parse(res.text) as { docs: Array<{ title: string }> }).docs.map((doc) => doc.title)
const dramaTitles = (res: RawResult) =>
  (JSON.parse(res.text) as { docs: Array<{ dramas?: Array<{ title?: string }> }> }).docs.flatMap(
    (doc) => (doc.dramas ?? []).map((drama) => drama.title),
  )

const workflow = async (role: 'author' | 'editor', id: number | string, ...actions: string[]) => {
  for (const action of actions) {
    const res = await clients[role].post(`/api/articles/${id}/workflow`, { action })
    expect([action, res.status]).toEqual([action, 200])
  }
}

/** Reads `path` twice anonymously: the second answer must come from the cache. */
async function warm(path: string, headers: Record<string, string> = {}) {
  const first = await get(path, headers)
  const second = await get(path, headers)
  expect(second.headers['x-response-cache']).toBe('hit')
  return { first, second }
}

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  const drama = await payload.create({
    collection: 'dramas',
    data: { title: 'Response Cache Drama', episodes: 12 },
    depth: 0,
  })
  dramaId = drama.id
  await payload.create({
    collection: 'articles',
    data: {
      title: 'Cached live article',
      format: 'news',
      author: accounts.author.id,
      excerpt: 'Long enough to be compressed. '.repeat(14),
      tags: Array.from({ length: 30 }, (_, i) => `cache tag ${i}`),
      dramas: [drama.id],
      _status: 'published',
    } as never,
    depth: 0,
  })
  await draftArticle(payload, accounts.author, 'Cached list draft')
  const login = await fetch(`${server.url}/api/${accounts.reader.collection}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: accounts.reader.email, password: PASSWORD }),
  })
  readerCookie = login.headers.getSetCookie()[0]!.split(';')[0]!
})

afterAll(async () => {
  await server.close()
})

describe('anonymous public reads', () => {
  it('answers a repeated read from memory with the same bytes, ETag and cache headers', async () => {
    const { first, second } = await warm(LIST)
    expect(first.headers['x-response-cache']).toBe('miss')
    expect(second.text).toBe(first.text)
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.headers['cache-control']).toBe(first.headers['cache-control'])
    expect(second.headers['cache-control']).toMatch(/^public, max-age=\d+/)
    expect(second.headers.vary).toMatch(/Cookie/)
    expect(second.headers.vary).toMatch(/Accept-Encoding/)
    expect(Number(second.headers.age)).toBeGreaterThanOrEqual(0)
  })

  it('shares one entry between orderings of the same query, and keeps distinct queries apart', async () => {
    await warm(LIST)
    const reordered = await get('/api/articles?sort=-createdAt&depth=1&limit=10')
    expect(reordered.headers['x-response-cache']).toBe('hit')
    const other = await get('/api/articles?limit=9&depth=1&sort=-createdAt')
    expect(other.headers['x-response-cache']).toBe('miss')
  })

  it('answers If-None-Match from the cache with a bodiless 304, and HEAD with headers only', async () => {
    const { second } = await warm(LIST)
    const notModified = await get(LIST, { 'if-none-match': String(second.headers.etag) })
    expect(notModified.status).toBe(304)
    expect(notModified.headers['x-response-cache']).toBe('hit')
    expect(notModified.raw.length).toBe(0)
    expect(notModified.headers.etag).toBe(second.headers.etag)
    const head = await get(LIST, {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['x-response-cache']).toBe('hit')
    expect(head.raw.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBe(second.raw.length)
  })

  it('keeps one entry per encoding, each compressed as negotiated', async () => {
    const identity = await get(LIST, { 'accept-encoding': 'identity' })
    for (const encoding of ['gzip', 'br']) {
      const { second } = await warm(LIST, { 'accept-encoding': encoding })
      expect(second.headers['content-encoding']).toBe(encoding)
      expect(second.raw.length).toBeLessThan(Buffer.byteLength(second.text))
      expect(second.text).toBe(identity.text)
    }
  })

  it('answers a burst of identical reads on a cleared cache with the same bytes', async () => {
    await payload.update({ collection: 'dramas', id: dramaId, data: { episodes: 14 } })
    const burst = await Promise.all(Array.from({ length: 8 }, () => get(LIST)))
    const texts = new Set(burst.map((res) => res.text))
    expect(burst.map((res) => res.status)).toEqual(Array(8).fill(200))
    expect(texts.size).toBe(1)
    const states = burst.map((res) => res.headers['x-response-cache'])
    expect(states).toContain('miss')
    for (const state of states) expect(['miss', 'hit', 'hit, coalesced']).toContain(state)
    expect((await get(LIST)).headers['x-response-cache']).toBe('hit')
  })
})

describe('personalised reads', () => {
  it('never serves a logged-in caller from the cache, nor stores their answer', async () => {
    await warm(LIST)
    const editor = await get(LIST, { authorization: `JWT ${clients.editor.jwt}` })
    expect(editor.headers['x-response-cache']).toBeUndefined()
    expect(editor.headers['cache-control']).toBe('private, no-store')
    expect(titles(editor)).toContain('Cached list draft')
    const reader = await get(LIST, { cookie: readerCookie })
    expect(reader.headers['x-response-cache']).toBeUndefined()
    // The anonymous entry is untouched by them: still public, still without the draft.
    const anonymous = await get(LIST)
    expect(anonymous.headers['x-response-cache']).toBe('hit')
    expect(titles(anonymous)).not.toContain('Cached list draft')
  })

  it('passes by any request with a cookie, and per-reader or draft queries', async () => {
    for (const [path, headers] of [
      [LIST, { cookie: 'theme=dark' }],
      [`${LIST}&watched[${dramaId}]=3`, {}],
      [`${LIST}&spoilers=show`, {}],
      [`${LIST}&draft=true`, {}],
      [LIST, { 'showrunner-spoilers': 'hide' }],
      [LIST, { 'showrunner-watched': `${dramaId}=3` }],
    ] as Array<[string, Record<string, string>]>) {
      await warm(LIST)
      await get(path, headers)
      const again = await get(path, headers)
      expect([path, again.headers['x-response-cache']]).toEqual([path, undefined])
    }
  })
})

describe('invalidation', () => {
  it('drops cached answers when an article is published and when it is unpublished', async () => {
    await warm(LIST)
    const id = await draftArticle(payload, accounts.author, 'Freshly published')
    await workflow('author', id, 'submit')
    await workflow('editor', id, 'approve', 'publish')
    const afterPublish = await get(LIST)
    expect(afterPublish.headers['x-response-cache']).toBe('miss')
    expect(titles(afterPublish)).toContain('Freshly published')

    await warm(LIST)
    await workflow('editor', id, 'unpublish')
    const afterUnpublish = await get(LIST)
    expect(afterUnpublish.headers['x-response-cache']).toBe('miss')
    expect(titles(afterUnpublish)).not.toContain('Freshly published')
  })

  it('drops cached answers when a related document is updated or deleted', async () => {
    await warm(LIST)
    await payload.update({
      collection: 'dramas',
      id: dramaId,
      data: { title: 'Response Cache Drama Renamed' },
    })
    const renamed = await get(LIST)
    expect(renamed.headers['x-response-cache']).toBe('miss')
    expect(dramaTitles(renamed)).toContain('Response Cache Drama Renamed')

    const person = await payload.create({ collection: 'people', data: { name: 'Gone Soon' } })
    await warm(LIST)
    await payload.delete({ collection: 'people', id: person.id })
    expect((await get(LIST)).headers['x-response-cache']).toBe('miss')
  })

  it('is not told of writes that bypass Payload (it really serves from memory)', async () => {
    const { second } = await warm(LIST)
    const [live] = (JSON.parse(second.text) as { docs: Array<{ id: number | string }> }).docs
    await payload.db.updateOne({
      collection: 'articles',
      id: live!.id,
      data: { title: 'Changed behind the cache' },
      returning: false,
    })
    const cached = await get(LIST)
    expect(cached.headers['x-response-cache']).toBe('hit')
    expect(titles(cached)).not.toContain('Changed behind the cache')
    // Any save through Payload then brings it back in line.
    await payload.update({ collection: 'dramas', id: dramaId, data: { year: 2024 } })
    expect(titles(await get(LIST))).toContain('Changed behind the cache')
  })
})
