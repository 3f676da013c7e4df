import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'
import { startTestServer } from '../helpers/server'

// Low limits for this file only: the server reads them when it starts.
const LIMITS: Record<string, string> = {
  RATE_LIMIT_LOGIN_PER_IP: '8',
  RATE_LIMIT_LOGIN_FREE_ATTEMPTS: '3',
  RATE_LIMIT_LOGIN_DELAY_MS: '20',
  RATE_LIMIT_LOGIN_MAX_DELAY_MS: '80',
  RATE_LIMIT_SIGNUP_PER_IP: '3',
  RATE_LIMIT_COMMENTS_PER_READER: '3',
  RATE_LIMIT_RESET_PER_ACCOUNT: '2',
  RATE_LIMIT_RESET_PER_IP: '50',
  // `true` is read as one proxy: the right-most X-Forwarded-For entry is the client's address.
  TRUST_PROXY: 'true',
}
const saved: Record<string, string | undefined> = {}

let server: RunningServer
let payload: Payload
let accounts: Accounts
let articleId: number | string
let nextAddress = 0

type Answer = { status: number; body: any; headers: Headers }

/** A request from `ip` as the proxy would forward it; `spoofed` is what the client itself wrote. */
async function send(
  method: string,
  path: string,
  options: {
    ip: string
    body?: unknown
    headers?: Record<string, string>
    spoofed?: string
    token?: string
  },
): Promise<Answer> {
  const headers: Record<string, string> = {
    'x-forwarded-for': options.spoofed ? `${options.spoofed}, ${options.ip}` : options.ip,
    ...options.headers,
  }
  if (options.token) headers.authorization = `JWT ${options.token}`
  let body: BodyInit | undefined
  if (options.body instanceof FormData) body = options.body
  else if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json'
    body = JSON.stringify(options.body)
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, body })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers }
}

const graphql = (
  ip: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) => send('POST', '/api/graphql', { ip, body: { query, variables }, token })

/** A fresh client address per test, so budgets do not carry over between tests. */
const freshAddress = () => `203.0.113.${++nextAddress}`

const wrongLogin = (email: string) => ({ email, password: 'wrong-password' })

function expectTooMany(answer: Answer, message: RegExp) {
  expect(answer.status).toBe(429)
  expect(answer.body.errors[0].message).toMatch(message)
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
}

beforeAll(async () => {
  for (const [name, value] of Object.entries(LIMITS)) {
    saved[name] = process.env[name]
    process.env[name] = value
  }
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
})

afterAll(async () => {
  await server?.close()
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('one login budget per address, whatever the route', () => {
  it('counts every spelling of the REST login, the method override and GraphQL together', async () => {
    const ip = freshAddress()
    // Payload routes all but the repeated slash to the login; that one is counted all the same.
    const variants: Array<[string, number]> = [
      ['/api/readers/login', 401],
      ['/api/readers/login/', 401],
      ['/api/readers/LOGIN', 401],
      ['/api/readers//login', 404],
      ['/api/authors/login', 401],
      ['/api/authors/login/', 401],
    ]
    for (const [i, [path, status]] of variants.entries()) {
      const answer = await send('POST', path, {
        ip,
        body: wrongLogin(`nobody${i}@test.showrunner`),
      })
      expect({ path, status: answer.status }).toEqual({ path, status })
    }
    const overridden = await send('POST', '/api/readers/login', {
      ip,
      body: wrongLogin('nobody6@test.showrunner'),
      headers: { 'x-http-method-override': 'POST' },
    })
    expect(overridden.status).toBe(401)
    const viaGraphql = await graphql(
      ip,
      'mutation { loginAuthor(email: "nobody7@test.showrunner", password: "x") { token } }',
    )
    expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(401)

    // Eight failed attempts spent: every route is now refused, before the password is checked.
    for (const path of ['/api/readers/login', '/api/readers/login/', '/API/readers/login']) {
      expectTooMany(
        await send('POST', path, {
          ip,
          body: { email: accounts.reader.email, password: PASSWORD },
        }),
        /^Too many failed logins from this address; try again in \d+ minutes\.$/,
      )
    }
    expectTooMany(
      await graphql(
        ip,
        'mutation { loginReader(email: "a@test.showrunner", password: "x") { token } }',
      ),
      /^Too many failed logins/,
    )
  })

  it('counts each aliased GraphQL login as one attempt', async () => {
    const ip = freshAddress()
    const aliases = Array.from(
      { length: 9 },
      (_, i) =>
        `a${i}: loginReader(email: "${accounts.reader.email}", password: "guess${i}") { token }`,
    )
    expectTooMany(await graphql(ip, `mutation { ${aliases.join(' ')} }`), /^Too many failed logins/)
    const batch = await send('POST', '/api/graphql', {
      ip,
      body: [{ query: 'mutation { loginReader(email: "a@b.test", password: "x") { token } }' }],
    })
    expect(batch.status).toBe(400)
  })

  it('is not reset by rotating X-Forwarded-For', async () => {
    const ip = freshAddress()
    for (let i = 0; i < 8; i++) {
      const answer = await send('POST', '/api/readers/login', {
        ip,
        spoofed: `198.51.100.${i}`,
        body: wrongLogin(`rotating${i}@test.showrunner`),
      })
      expect(answer.status).toBe(401)
    }
    expectTooMany(
      await send('POST', '/api/readers/login', {
        ip,
        spoofed: '198.51.100.99',
        body: wrongLogin('x@test.showrunner'),
      }),
      /^Too many failed logins/,
    )
  })
})

describe('accounts', () => {
  it('delays an account progressively but never locks its owner out', async () => {
    const delays: Array<string | null> = []
    // Twelve wrong passwords from three addresses (the old lock took eleven), one over the admin's
    // multipart form.
    for (let i = 0; i < 12; i++) {
      const ip = `192.0.2.${10 + (i % 3)}`
      const body = i === 0 ? new FormData() : wrongLogin(accounts.author.email.toUpperCase())
      if (body instanceof FormData)
        body.append('_payload', JSON.stringify(wrongLogin(accounts.author.email)))
      const answer = await send('POST', '/api/authors/login', { ip, body })
      expect(answer.status).toBe(401)
      expect(answer.body.errors[0].message).toBe('The email or password provided is incorrect.')
      delays.push(answer.headers.get('x-login-delay'))
    }
    expect(delays).toEqual([null, null, null, '20', '40', '80', '80', '80', '80', '80', '80', '80'])

    const owner = await send('POST', '/api/authors/login', {
      ip: freshAddress(),
      body: { email: accounts.author.email, password: PASSWORD },
    })
    expect(owner.status).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
  })

  it('limits password resets per account, whichever the address', async () => {
    const email = 'reset-target@test.showrunner'
    for (const ip of [freshAddress(), freshAddress()]) {
      expect(
        (await send('POST', '/api/readers/forgot-password', { ip, body: { email } })).status,
      ).toBe(200)
    }
    expectTooMany(
      await graphql(
        freshAddress(),
        `mutation { forgotPasswordReader(email: "${email.toUpperCase()}") }`,
      ),
      /^Too many password reset requests/,
    )
  })

  it('limits sign-ups per address over REST and GraphQL together', async () => {
    const ip = freshAddress()
    const body = (i: number) => ({
      email: `many${i}@test.showrunner`,
      password: 'long-enough-1',
      displayName: 'Many',
    })
    expect((await send('POST', '/api/readers', { ip, body: body(1) })).status).toBe(201)
    expect((await send('POST', '/api/Readers//', { ip, body: body(2) })).status).toBe(404)
    const viaGraphql = await graphql(
      ip,
      'mutation($data: mutationReaderInput!) { createReader(data: $data) { id } }',
      { data: body(3) },
    )
    expect(viaGraphql.body.errors).toBeUndefined()
    expectTooMany(await send('POST', '/api/readers/', { ip, body: body(4) }), /^Too many sign-ups/)
  })
})

describe('separate budgets', () => {
  it('lets a chatty commenter use up only their own comments', async () => {
    const ip = freshAddress()
    const login = (email: string) =>
      send('POST', '/api/readers/login', { ip, body: { email, password: PASSWORD } })
    const token = (await login(accounts.reader.email)).body.token as string
    const comment = (as: string, i: number) =>
      send('POST', '/api/comments', {
        ip,
        token: as,
        body: { article: articleId, body: `Comment ${i}` },
      })
    for (let i = 0; i < 3; i++) expect((await comment(token, i)).status).toBe(201)
    expectTooMany(await comment(token, 4), /^Too many comments/)
    const viaGraphql = await graphql(
      ip,
      `mutation { createComment(data: { article: ${articleId}, body: "More" }) { id } }`,
      {},
      token,
    )
    expect(viaGraphql.status).toBe(429)

    // The same address still logs in, and another reader behind it still comments.
    const other = await login(accounts.reader2.email)
    expect(other.status).toBe(200)
    expect((await comment(other.body.token, 5)).status).toBe(201)
  })
})
