import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'
import { tinyPng, uniqueImageName } from '../helpers/png'
import { rawRequest } from '../helpers/rawHttp'
import { startTestServer } from '../helpers/server'

const PUBLIC = 'public, max-age=60, stale-while-revalidate=300'
const PRIVATE = 'private, no-store'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let article: { id: number | string; slug: string }
let draftId: number | string
let dramaSlug: string
const tokens: Record<'reader' | 'editor', string> = { reader: '', editor: '' }
let readerCookie: string

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(`${server.url}${path}`, { method, headers })
const articlePath = () => `/api/articles/${article.id}?depth=1`
const gqlPath = (query: string) => `/api/graphql?query=${encodeURIComponent(query)}`

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  const drama = await payload.create({
    collection: 'dramas',
    data: { title: 'Cache Drama', episodes: 16 },
    depth: 0,
  })
  dramaSlug = String(drama.slug)
  // Enough text that the JSON is well over the 1 KB compression threshold.
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: 'Twelve scenes we still rewatch',
      format: 'news',
      author: accounts.author.id,
      excerpt: 'A rewatch guide. '.repeat(25),
      tags: Array.from({ length: 30 }, (_, i) => `tag ${i}`),
      dramas: [drama.id],
      _status: 'published',
    } as never,
    depth: 0,
  })
  article = { id: doc.id, slug: String(doc.slug) }
  const draft = await payload.create({
    collection: 'articles',
    data: { title: 'Not yet', format: 'news', author: accounts.author.id },
    draft: true,
    depth: 0,
  })
  draftId = draft.id
  for (const role of ['reader', 'editor'] as const) {
    const account = accounts[role]
    const res = await fetch(`${server.url}/api/${account.collection}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: PASSWORD }),
    })
    tokens[role] = ((await res.json()) as { token: string }).token
    if (role === 'reader') readerCookie = res.headers.getSetCookie()[0]!.split(';')[0]!
  }
})

afterAll(async () => {
  await server.close()
})

describe('public and personalised reads', () => {
  it('makes an anonymous read public, with a strong ETag and Vary for credentials', async () => {
    const res = await get(articlePath())
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe(PUBLIC)
    expect(res.headers.etag).toMatch(/^"[^"]+"$/) // strong: no W/ prefix
    expect(res.headers.vary).toEqual(expect.stringContaining('Cookie'))
    expect(res.headers.vary).toEqual(expect.stringContaining('Authorization'))
    expect(JSON.parse(res.text).title).toBe('Twelve scenes we still rewatch')
  })

  const personal: Array<[string, () => [string, Record<string, string>]]> = [
    ['a reader (JWT)', () => [articlePath(), { authorization: `JWT ${tokens.reader}` }]],
    ['a reader (cookie)', () => [articlePath(), { cookie: readerCookie }]],
    ['staff (JWT)', () => [articlePath(), { authorization: `JWT ${tokens.editor}` }]],
    ['?watched[<drama>]', () => [`${articlePath()}&watched[${dramaSlug}]=3`, {}]],
    ['?spoilers=hide', () => [`${articlePath()}&spoilers=hide`, {}]],
    ['?draft=true', () => [`/api/articles/${article.id}?draft=true`, {}]],
    [
      'a staff draft read',
      () => [`/api/articles/${draftId}?draft=true`, { authorization: `JWT ${tokens.editor}` }],
    ],
    ['the caller themselves (/me)', () => ['/api/readers/me', {}]],
  ]
  it.each(personal)('keeps %s private and unvalidated', async (_name, request) => {
    const [path, headers] = request()
    const res = await get(path, headers)
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe(PRIVATE)
    expect(res.headers.etag).toBeUndefined()
  })

  it('never caches an error publicly, and bad input is a 4xx with a message', async () => {
    const missing = await get('/api/articles/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers['cache-control']).toBe(PRIVATE)
    expect(missing.headers.etag).toBeUndefined()

    const bad = await get('/api/articles?where[nope][equals]=1')
    expect(bad.status).toBe(400)
    expect(bad.headers['cache-control']).toBe(PRIVATE)
    expect(JSON.parse(bad.text).errors[0].message).toMatch(/nope/)

    const watched = await get(`${articlePath()}&watched[${dramaSlug}]=abc`)
    expect(watched.status).toBe(400)
    expect(JSON.parse(watched.text).errors[0].message).toBeTruthy()
  })
})

describe('validation', () => {
  it('answers If-None-Match with a bodiless 304, and a changed document gets a new ETag', async () => {
    const first = await get(articlePath())
    const tag = first.headers.etag!
    const again = await get(articlePath(), { 'if-none-match': tag })
    expect(again.status).toBe(304)
    expect(again.raw.length).toBe(0)
    expect(again.headers.etag).toBe(tag)
    expect(again.headers['cache-control']).toBe(PUBLIC)

    const other = await get(articlePath(), { 'if-none-match': '"something-else"' })
    expect(other.status).toBe(200)

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { excerpt: 'A shorter rewatch guide.' },
      depth: 0,
    })
    const changed = await get(articlePath(), { 'if-none-match': tag })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(tag)
    expect(JSON.parse(changed.text).excerpt).toBe('A shorter rewatch guide.')
  })

  it('answers HEAD wherever GET works: same headers, no body', async () => {
    for (const path of [
      articlePath(),
      '/api/articles?limit=5',
      gqlPath('{ Articles { totalDocs } }'),
    ]) {
      const got = await get(path)
      const head = await get(path, {}, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.raw.length).toBe(0)
      expect(head.headers['content-length']).toBe(String(Buffer.byteLength(got.text)))
      expect(head.headers.etag).toBe(got.headers.etag)
      expect(head.headers['cache-control']).toBe(got.headers['cache-control'])
      const revalidated = await get(path, { 'if-none-match': got.headers.etag! }, 'HEAD')
      expect(revalidated.status).toBe(304)
    }
  })
})

describe('compression', () => {
  it.each(['gzip', 'br'])('compresses JSON over 1 KB with %s, negotiated', async (encoding) => {
    const plain = await get('/api/articles?depth=1')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.raw.length).toBeGreaterThan(1024)

    const res = await get('/api/articles?depth=1', {
      'accept-encoding': `${encoding}, identity;q=0.5`,
    })
    expect(res.headers['content-encoding']).toBe(encoding)
    expect(res.headers.vary).toEqual(expect.stringContaining('Accept-Encoding'))
    expect(res.raw.length).toBeLessThan(plain.raw.length)
    expect(res.text).toBe(plain.text)
    expect(res.headers.etag).toBe(plain.headers.etag)
  })

  it('leaves small answers as they are', async () => {
    const res = await get('/api/dramas?limit=1&depth=0&select[title]=true', {
      'accept-encoding': 'gzip',
    })
    expect(res.raw.length).toBeLessThan(1024)
    expect(res.headers['content-encoding']).toBeUndefined()
  })
})

describe('GraphQL over GET', () => {
  const query = '{ Articles(limit: 5) { docs { title slug } } }'

  it('runs a query, cacheably, with 304 on revalidation', async () => {
    const res = await get(gqlPath(query))
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text).data.Articles.docs).toEqual([
      { title: 'Twelve scenes we still rewatch', slug: article.slug },
    ])
    expect(res.headers['cache-control']).toBe(PUBLIC)
    const again = await get(gqlPath(query), { 'if-none-match': res.headers.etag! })
    expect(again.status).toBe(304)
  })

  it('takes variables from the URL', async () => {
    const withVariables = `${gqlPath('query Latest($n: Int) { Articles(limit: $n) { totalDocs docs { slug } } }')}&variables=${encodeURIComponent('{"n":1}')}`
    const res = await get(withVariables)
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text).data.Articles.docs).toEqual([{ slug: article.slug }])
    expect(res.headers['cache-control']).toBe(PUBLIC)
  })

  it('keeps logged-in and per-reader queries private', async () => {
    const loggedIn = await get(gqlPath(query), { authorization: `JWT ${tokens.reader}` })
    expect(loggedIn.headers['cache-control']).toBe(PRIVATE)
    const spoilers = await get(
      gqlPath(`{ spoilerSafeArticle(id: ${article.id}, spoilers: hide) { id } }`),
    )
    expect(spoilers.headers['cache-control']).toBe(PRIVATE)
  })

  it('refuses a mutation over GET with 405, and bad queries with 400, each with a message', async () => {
    const before = await payload.count({ collection: 'readers' })
    const mutation = await get(
      gqlPath(
        'mutation { createReader(data: { email: "x@y.test", password: "pw-1234567", displayName: "Via GET" }) { id } }',
      ),
    )
    expect(mutation.status).toBe(405)
    expect(JSON.parse(mutation.text).errors[0].message).toBe('Cannot perform mutations over GET')
    expect(await payload.count({ collection: 'readers' })).toEqual(before)

    for (const bad of ['{ Articles { docs { title }', '{ Articles(limit: "ten") { totalDocs } }']) {
      const res = await get(gqlPath(bad))
      expect(res.status).toBe(400)
      expect(res.headers['cache-control']).toBe(PRIVATE)
      expect(JSON.parse(res.text).errors[0].message).toBeTruthy()
    }
    const missing = await get('/api/graphql')
    expect(missing.status).toBe(400)
    expect(JSON.parse(missing.text).errors[0].message).toBe('Missing query')
  })
})

describe('uploaded files', () => {
  it('streams media with a long public lifetime, ranges included', async () => {
    const png = await tinyPng()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A still' },
      file: { data: png, mimetype: 'image/png', name: uniqueImageName(), size: png.length },
    })
    const path = `/api/media/file/${media.filename}`
    const res = await get(path, {
      authorization: `JWT ${tokens.editor}`,
      'accept-encoding': 'gzip',
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    expect(res.headers['cache-control']).toBe('public, max-age=86400')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.raw.equals(png)).toBe(true)

    const range = await get(path, { range: 'bytes=0-9' })
    expect(range.status).toBe(206)
    expect(range.raw.equals(png.subarray(0, 10))).toBe(true)
  })
})
