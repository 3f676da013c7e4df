import { parse } from 'graphql'

import { Budgets } from '../../src/ratelimit/budgets'
import type { LimitedRoutes } from '../../src/ratelimit/classifyRest'
import {
  classifyRestRequest,
  effectiveMethod,
  normalizeApiPath,
} from '../../src/ratelimit/classifyRest'
import type { LimitedFields } from '../../src/ratelimit/graphqlDocument'
import { checkDocumentShape, limitedGraphQLOperations } from '../../src/ratelimit/graphqlDocument'
import type { RateLimitPolicy } from '../../src/ratelimit/policy'
import { DEFAULT_POLICY, loginDelayMs, readRateLimitPolicy } from '../../src/ratelimit/policy'
import { parseTrustProxy } from '../../src/ratelimit/trustProxy'

const routes: LimitedRoutes = {
  authCollections: ['authors', 'readers'],
  signupCollections: ['readers'],
  commentCollections: ['comments'],
}
const rest = (method: string, path: string, body?: unknown, headers = {}) =>
  classifyRestRequest({ method, path, headers, body, routes })

describe('policy', () => {
  it('uses the documented defaults without environment', () => {
    expect(readRateLimitPolicy({})).toEqual(DEFAULT_POLICY)
  })

  it('lets RATE_LIMIT_MAX replace every count, and a specific variable win over it', () => {
    const policy = readRateLimitPolicy({ RATE_LIMIT_MAX: '1000', RATE_LIMIT_SIGNUP_PER_IP: '2' })
    expect(policy).toMatchObject({
      loginPerIp: 1000,
      loginFreeAttempts: 1000,
      commentsPerReader: 1000,
      resetPerAccount: 1000,
      resetPerIp: 1000,
      signupPerIp: 2,
      windowMs: DEFAULT_POLICY.windowMs,
    })
  })

  it('refuses a value that is not a whole number, naming the variable', () => {
    expect(() => readRateLimitPolicy({ RATE_LIMIT_LOGIN_PER_IP: 'ten' })).toThrow(
      /RATE_LIMIT_LOGIN_PER_IP must be a whole number/,
    )
    expect(() => readRateLimitPolicy({ RATE_LIMIT_MAX: '-1' })).toThrow(/RATE_LIMIT_MAX/)
  })

  it('delays failed logins progressively after the free attempts, up to the cap', () => {
    const policy: RateLimitPolicy = {
      ...DEFAULT_POLICY,
      loginFreeAttempts: 3,
      loginDelayMs: 100,
      loginMaxDelayMs: 1000,
    }
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 1e6].map((n) => loginDelayMs(n, policy))
    expect(schedule).toEqual([0, 0, 0, 100, 200, 400, 800, 1000, 1000])
  })
})

describe('TRUST_PROXY', () => {
  it('takes a hop count', () => {
    expect(parseTrustProxy(undefined)).toEqual({ hops: 0 })
    expect(parseTrustProxy('false')).toEqual({ hops: 0 })
    expect(parseTrustProxy('2')).toEqual({ hops: 2 })
  })

  it('reads true as one hop with a warning, never as "trust all"', () => {
    expect(parseTrustProxy('true')).toEqual({ hops: 1, warning: expect.stringContaining('1') })
  })

  it('refuses anything else', () => {
    expect(() => parseTrustProxy('loopback, 10.0.0.0/8')).toThrow(/number of proxies/)
    expect(() => parseTrustProxy('1.5')).toThrow(/number of proxies/)
  })
})

describe('REST classification', () => {
  it('normalises the path as Payload routes it, and then some', () => {
    const variants = [
      '/api/readers/login',
      '/api/readers/login/',
      '/api/readers/login//',
      '/api//readers///login',
      '/API/Readers/LOGIN',
      '/api/readers/./login',
      '/api/x/../readers/login',
      '/api/readers/%6Cogin',
      '/api/readers/login?depth=0',
    ]
    for (const path of variants) expect(normalizeApiPath(path)).toBe('/api/readers/login')
  })

  it('classifies every spelling of a login as the same operation on the same account', () => {
    const body = { email: ' Someone@Example.COM ', password: 'x' }
    for (const path of ['/api/readers/login', '/api/readers/login/', '/API/READERS/LOGIN//']) {
      expect(rest('POST', path, body)).toEqual([
        { purpose: 'login', collection: 'readers', account: 'someone@example.com' },
      ])
    }
    expect(rest('post', '/api/authors/login', {})).toEqual([
      { purpose: 'login', collection: 'authors' },
    ])
  })

  it('follows the method override Payload honours, and only that', () => {
    expect(effectiveMethod('POST', { 'x-http-method-override': 'GET' })).toBe('GET')
    expect(effectiveMethod('POST', { 'x-payload-http-method-override': 'GET' })).toBe('GET')
    // Payload compares the exact value: anything else stays a POST, and so stays limited.
    expect(effectiveMethod('POST', { 'x-http-method-override': 'get' })).toBe('POST')
    expect(
      rest('POST', '/api/readers/login', {}, { 'x-http-method-override': 'PUT' }),
    ).toHaveLength(1)
    expect(rest('POST', '/api/readers', {}, { 'x-http-method-override': 'GET' })).toEqual([])
  })

  it('sorts operations by purpose', () => {
    expect(rest('POST', '/api/readers', { email: 'a@b.test' })).toEqual([
      { purpose: 'signup', collection: 'readers' },
    ])
    expect(rest('POST', '/api/comments/')).toEqual([{ purpose: 'comment', collection: 'comments' }])
    expect(rest('POST', '/api/readers/forgot-password', { email: 'A@b.test' })).toEqual([
      { purpose: 'passwordReset', collection: 'readers', account: 'a@b.test' },
    ])
    expect(rest('POST', '/api/authors/reset-password', { token: 't' })).toEqual([
      { purpose: 'passwordReset', collection: 'authors' },
    ])
    expect(rest('POST', '/api/authors/first-register', {})).toEqual([
      { purpose: 'signup', collection: 'authors' },
    ])
  })

  it('leaves everything else alone', () => {
    expect(rest('GET', '/api/readers/login')).toEqual([])
    expect(rest('POST', '/api/authors')).toEqual([])
    expect(rest('POST', '/api/articles/login')).toEqual([])
    expect(rest('PATCH', '/api/comments/4')).toEqual([])
    expect(rest('POST', '/api/readers/logout')).toEqual([])
    expect(rest('POST', '/readers/login')).toEqual([])
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(rest('POST', `/api/readers/${key}`)).toEqual([])
    }
  })
})

describe('GraphQL documents', () => {
  const fields: LimitedFields = {
    loginReader: { purpose: 'login', collection: 'readers' },
    loginAuthor: { purpose: 'login', collection: 'authors' },
    createReader: { purpose: 'signup', collection: 'readers' },
    createComment: { purpose: 'comment', collection: 'comments' },
    forgotPasswordReader: { purpose: 'passwordReset', collection: 'readers' },
  }
  const operations = (query: string, variables?: Record<string, unknown>) =>
    limitedGraphQLOperations({ document: parse(query), variables, fields })

  it('counts every aliased call, each on the account it names', () => {
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `a${i}: loginReader(email: "victim@example.com", password: "guess${i}") { token }`,
    )
    const found = operations(`mutation { ${aliases.join(' ')} }`)
    expect(found).toHaveLength(50)
    expect(new Set(found.map((each) => each.account))).toEqual(new Set(['victim@example.com']))
  })

  it('reads accounts from variables, and finds calls inside root fragments', () => {
    const query = `
      mutation($e: String!) {
        loginAuthor(email: $e, password: "x") { token }
        ...More
        ... on Mutation { createReader(data: {}) { id } }
      }
      fragment More on Mutation { forgotPasswordReader(email: "R@x.test") createComment(data: {}) { id } }`
    expect(operations(query, { e: 'Staff@X.test' })).toEqual([
      { purpose: 'login', collection: 'authors', account: 'staff@x.test' },
      { purpose: 'passwordReset', collection: 'readers', account: 'r@x.test' },
      { purpose: 'comment', collection: 'comments' },
      { purpose: 'signup', collection: 'readers' },
    ])
  })

  it('counts calls in every operation of the document, and nothing else', () => {
    const query = `
      mutation A { loginReader(email: "a@x.test", password: "x") { token } }
      mutation B { loginReader(email: "b@x.test", password: "x") { token } }
      query C { Articles { docs { id } } }`
    expect(operations(query).map((each) => each.account)).toEqual(['a@x.test', 'b@x.test'])
  })

  it('refuses a fragment cycle with graphql-js message', () => {
    const query = `query { Articles { docs { ...A } } }
      fragment A on Article { id ...B } fragment B on Article { title ...A }`
    expect(checkDocumentShape(parse(query))).toBe(
      'Cannot spread fragment "A" within itself via "B".',
    )
  })

  it('measures depth and aliases through fragments', () => {
    const nested = (depth: number) => '{ a '.repeat(depth) + '}'.repeat(depth)
    expect(checkDocumentShape(parse(`query ${nested(15)}`))).toBeNull()
    expect(checkDocumentShape(parse(`query ${nested(16)}`))).toBe(
      'The query is nested 16 levels deep; the limit is 15.',
    )
    // One fragment with 10 aliases, spread 4 times: 40 aliased fields.
    const tenAliases = Array.from({ length: 10 }, (_, i) => `x${i}: id`).join(' ')
    const query = `query { a { ...F } b { ...F } c { ...F } d { ...F } }
      fragment F on Article { ${tenAliases} }`
    expect(checkDocumentShape(parse(query))).toBe(
      'The document has 40 aliased fields; the limit is 30.',
    )
    expect(
      checkDocumentShape(parse(query), { maxDepth: 15, maxAliases: 40, maxOperations: 5 }),
    ).toBeNull()
  })

  it('measures a fragment spread exponentially often without expanding it', () => {
    // Each fragment spreads the next twice: 2^40 spreads if expanded naively.
    const chain = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on T { a { ...F${i + 1} } b { ...F${i + 1} } }`,
    )
    const query = `query { ...F0 } ${chain.join(' ')} fragment F40 on T { id }`
    expect(
      checkDocumentShape(parse(query), { maxDepth: 100, maxAliases: 30, maxOperations: 5 }),
    ).toBeNull()
  })

  it('refuses too many operations in one document', () => {
    const query = Array.from({ length: 6 }, (_, i) => `query Q${i} { id }`).join(' ')
    expect(checkDocumentShape(parse(query))).toBe('The document has 6 operations; the limit is 5.')
  })
})

describe('budgets', () => {
  const policy: RateLimitPolicy = {
    ...DEFAULT_POLICY,
    loginPerIp: 5,
    loginFreeAttempts: 2,
    loginDelayMs: 10,
    loginMaxDelayMs: 40,
    signupPerIp: 2,
    commentsPerReader: 3,
    resetPerAccount: 1,
    resetPerIp: 3,
  }
  const login = (account: string) => ({ purpose: 'login' as const, collection: 'readers', account })

  it('refuses logins past the per-address budget with a message and Retry-After', async () => {
    const budgets = new Budgets(policy)
    const verdict = await budgets.consume(Array(6).fill(login('a@x.test')), { ip: '1.1.1.1' })
    expect(verdict).toEqual({
      isRefused: true,
      message: 'Too many failed logins from this address; try again in 15 minutes.',
      retryAfterSeconds: expect.any(Number),
    })
    expect(verdict.isRefused && verdict.retryAfterSeconds).toBeGreaterThan(800)
    budgets.shutdown()
  })

  it('delays an account progressively, from any address, without refusing it', async () => {
    const budgets = new Budgets(policy)
    const delays: number[] = []
    for (let i = 0; i < 6; i++) {
      const verdict = await budgets.consume([login('victim@x.test')], { ip: `10.0.0.${i}` })
      if (verdict.isRefused) throw new Error('refused')
      delays.push(verdict.delayMs)
    }
    expect(delays).toEqual([0, 0, 10, 20, 40, 40])
    budgets.shutdown()
  })

  it('takes a successful login back', async () => {
    const budgets = new Budgets(policy)
    for (let i = 0; i < 10; i++) {
      const verdict = await budgets.consume([login('owner@x.test')], { ip: '1.1.1.1' })
      if (verdict.isRefused) throw new Error(`refused at ${i}`)
      expect(verdict.delayMs).toBe(0)
      await verdict.release()
    }
    budgets.shutdown()
  })

  it('keeps purposes apart: a chatty commenter does not use up the logins', async () => {
    const budgets = new Budgets(policy)
    const comment = { purpose: 'comment' as const, collection: 'comments' }
    const caller = { ip: '1.1.1.1', reader: 'readers:1' }
    for (let i = 0; i < 3; i++)
      expect((await budgets.consume([comment], caller)).isRefused).toBe(false)
    expect(await budgets.consume([comment], caller)).toMatchObject({
      isRefused: true,
      message: expect.stringMatching(/^Too many comments; try again in/),
    })
    // Another reader behind the same address still comments, and anyone there still logs in.
    expect((await budgets.consume([comment], { ...caller, reader: 'readers:2' })).isRefused).toBe(
      false,
    )
    expect((await budgets.consume([login('a@x.test')], caller)).isRefused).toBe(false)
    budgets.shutdown()
  })

  it('limits password resets per account and per address', async () => {
    const budgets = new Budgets(policy)
    const reset = (account: string) => ({
      purpose: 'passwordReset' as const,
      collection: 'readers',
      account,
    })
    expect((await budgets.consume([reset('a@x.test')], { ip: '1.1.1.1' })).isRefused).toBe(false)
    expect((await budgets.consume([reset('a@x.test')], { ip: '2.2.2.2' })).isRefused).toBe(true)
    expect((await budgets.consume([reset('b@x.test')], { ip: '1.1.1.1' })).isRefused).toBe(false)
    expect((await budgets.consume([reset('c@x.test')], { ip: '1.1.1.1' })).isRefused).toBe(false)
    expect((await budgets.consume([reset('d@x.test')], { ip: '1.1.1.1' })).isRefused).toBe(true)
    budgets.shutdown()
  })
})
