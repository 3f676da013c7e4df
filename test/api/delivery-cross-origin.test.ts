import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'

// Configured before the server (and so the Payload config) is imported.
const SERVER_URL = 'https://news.example.test'
const FRONTEND = 'http://localhost:5173'
const EVIL = 'https://evil.example'
process.env.SERVER_URL = SERVER_URL
process.env.CORS_ORIGINS = `${FRONTEND}, https://app.example.test`

let server: RunningServer
let payload: Payload
let accounts: Accounts
let articleId: number | string
let cookie: string
let jwt: string

type Auth = 'cookie' | 'jwt'
type From = 'own' | 'frontend' | 'foreign' | 'missing' | 'foreign referer' | 'own referer'

const ORIGIN_HEADERS: Record<From, Record<string, string>> = {
  own: { origin: SERVER_URL },
  frontend: { origin: FRONTEND },
  foreign: { origin: EVIL },
  missing: {},
  'foreign referer': { referer: `${EVIL}/attack.html` },
  // A browser that leaves Origin out still says where the request comes from (Payload reads that).
  'own referer': { referer: `${SERVER_URL}/account`, 'sec-fetch-site': 'same-origin' },
}

function headersFor(auth: Auth, from: From): Record<string, string> {
  const credentials: Record<string, string> =
    auth === 'cookie' ? { cookie } : { authorization: `JWT ${jwt}` }
  return { ...credentials, ...ORIGIN_HEADERS[from] }
}

async function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: init.headers,
    body: init.body,
  })
  const text = await res.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // keep the text
  }
  return { status: res.status, headers: res.headers, body }
}

const json = (data: unknown) => ({ 'content-type': 'application/json', body: JSON.stringify(data) })
const multipart = (data: unknown) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  return form
}
const displayNameOf = async () =>
  (await payload.findByID({ collection: 'readers', id: accounts.reader.id, depth: 0 })).displayName

beforeAll(async () => {
  const { startTestServer } = await import('../helpers/server')
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  const article = await payload.create({
    collection: 'articles',
    data: {
      title: 'Ten kisses',
      format: 'listicle',
      author: accounts.author.id,
      _status: 'published',
    },
  })
  articleId = article.id
  const login = await fetch(`${server.url}/api/readers/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: accounts.reader.email, password: PASSWORD }),
  })
  const setCookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  if (!setCookie) throw new Error('no login cookie')
  cookie = setCookie.split(';')[0]!
  jwt = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  await server?.close()
})

describe('CORS', () => {
  it.each(['/api/articles', '/api/graphql'])(
    'answers a preflight from an allowed origin (%s)',
    async (path) => {
      const res = await call('OPTIONS', path, {
        headers: {
          origin: FRONTEND,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-origin')).toBe(FRONTEND)
      expect(res.headers.get('access-control-allow-credentials')).toBe('true')
      expect(res.headers.get('access-control-allow-methods')).toContain('POST')
      expect(res.headers.get('access-control-allow-headers')).toBe('content-type, authorization')
    },
  )

  it.each(['/api/articles', '/api/graphql'])(
    'refuses a preflight from a foreign origin (%s)',
    async (path) => {
      const res = await call('OPTIONS', path, {
        headers: { origin: EVIL, 'access-control-request-method': 'POST' },
      })
      expect(res.status).toBe(403)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      expect(res.body.errors[0].message).toBe(`Cross-origin requests from ${EVIL} are not allowed.`)
    },
  )

  it('lets an allowed origin read REST and GraphQL answers, and no one else', async () => {
    for (const origin of [FRONTEND, 'https://app.example.test', EVIL]) {
      const rest = await call('GET', '/api/articles?depth=0', { headers: { origin } })
      const gql = await call('POST', '/api/graphql', {
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Articles { totalDocs } }' }),
      })
      for (const res of [rest, gql]) {
        expect(res.status).toBe(200)
        expect(res.headers.get('access-control-allow-origin')).toBe(origin === EVIL ? null : origin)
        expect(res.headers.get('vary')).toMatch(/Origin/)
      }
    }
  })
})

describe('CSRF: cookie-authenticated writes need a trusted origin', () => {
  // Cookie writes pass from this server's own origin and the configured frontends only; a JWT in
  // the Authorization header is not sent by browsers on their own, so its origin does not matter.
  const MATRIX: Array<[Auth, From, 'json' | 'multipart', 200 | 403]> = [
    ['cookie', 'own', 'json', 200],
    ['cookie', 'frontend', 'multipart', 200],
    ['cookie', 'own referer', 'json', 200],
    ['cookie', 'foreign', 'json', 403],
    ['cookie', 'foreign', 'multipart', 403],
    ['cookie', 'foreign referer', 'multipart', 403],
    ['cookie', 'missing', 'json', 403],
    ['jwt', 'foreign', 'json', 200],
    ['jwt', 'foreign', 'multipart', 200],
    ['jwt', 'missing', 'json', 200],
  ]

  it.each(MATRIX)('%s from %s origin, %s body → %s', async (auth, from, kind, expected) => {
    const before = await displayNameOf()
    const name = `Renamed ${auth} ${from} ${kind}`.slice(0, 60)
    const headers = headersFor(auth, from)
    const res =
      kind === 'json'
        ? await call('PATCH', `/api/readers/${accounts.reader.id}`, {
            headers: { ...headers, 'content-type': 'application/json' },
            body: json({ displayName: name }).body,
          })
        : await call('PATCH', `/api/readers/${accounts.reader.id}`, {
            headers,
            body: multipart({ displayName: name }),
          })
    expect({ status: res.status, message: res.body?.errors?.[0]?.message }).toEqual({
      status: expected,
      message: expected === 403 ? expect.stringMatching(/^Cross-site request refused/) : undefined,
    })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await displayNameOf()).toBe(expected === 200 ? name : before)
  })

  it('refuses a foreign comment posted with the cookie, and writes nothing', async () => {
    const count = async () => (await payload.count({ collection: 'comments' })).totalDocs
    const before = await count()
    const data = { article: articleId, body: 'First!' }
    const foreign = await call('POST', '/api/comments', {
      headers: headersFor('cookie', 'foreign'),
      body: multipart(data),
    })
    expect(foreign.status).toBe(403)
    expect(await count()).toBe(before)

    const allowed = await call('POST', '/api/comments', {
      headers: { ...headersFor('cookie', 'frontend'), 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    expect(allowed.status).toBe(201)
    expect(await count()).toBe(before + 1)
    const id = allowed.body.doc.id

    const deleted = await call('DELETE', `/api/comments/${id}`, {
      headers: headersFor('cookie', 'foreign'),
    })
    expect(deleted.status).toBe(403)
    expect(await count()).toBe(before + 1)
  })

  it('applies to GraphQL mutations too', async () => {
    const mutation = (from: From) =>
      call('POST', '/api/graphql', {
        headers: { ...headersFor('cookie', from), 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { updateReader(id: ${accounts.reader.id}, data: { displayName: "Via ${from}" }) { displayName } }`,
        }),
      })
    const foreign = await mutation('foreign')
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toMatch(/Cross-site request refused/)
    expect(await displayNameOf()).not.toBe('Via foreign')

    const frontend = await mutation('frontend')
    expect(frontend.status).toBe(200)
    expect(frontend.body.data.updateReader.displayName).toBe('Via frontend')
  })

  it('leaves cookie reads from any origin alone (a foreign page cannot read the answer)', async () => {
    const res = await call('GET', '/api/readers/me', { headers: headersFor('cookie', 'foreign') })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  })
})
