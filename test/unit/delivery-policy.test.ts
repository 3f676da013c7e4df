import type { CacheRequest, CacheSettings } from '../../src/http/cachePolicy'
import { cacheControlFor, decideCachePolicy } from '../../src/http/cachePolicy'
import { crossOriginConfig } from '../../src/http/crossOriginConfig'
import { deliveryOptionsFromEnv, resolveDelivery } from '../../src/http/deliveryOptions'
import { crossSiteRefusal, requestOrigin, usesCookieAuth } from '../../src/http/originPolicy'

const settings: CacheSettings = {
  cookieName: 'payload-token',
  filePrefixes: ['/api/media/file/'],
  graphqlPath: '/api/graphql',
  maxAge: 60,
  staleWhileRevalidate: 300,
  mediaMaxAge: 86_400,
}

const get = (url: string, extra: Partial<CacheRequest> = {}): CacheRequest => {
  const parsed = new URL(url, 'http://x')
  return { method: 'GET', path: parsed.pathname, query: parsed.searchParams, ...extra }
}
const policyOf = (req: CacheRequest) => {
  const policy = decideCachePolicy(req, settings)
  return policy.kind === 'private' ? `private (${policy.reason})` : policy.kind
}

describe('decideCachePolicy', () => {
  it.each([
    ['/api/articles?limit=10', {}, 'public'],
    ['/api/articles/3?depth=1', { method: 'HEAD' }, 'public'],
    ['/api/articles/3', { authorization: 'JWT abc' }, 'private (logged in)'],
    ['/api/articles/3', { authorization: 'authors API-Key k' }, 'private (logged in)'],
    ['/api/articles/3', { cookie: 'theme=dark; payload-token=abc' }, 'private (logged in)'],
    ['/api/articles/3', { cookie: 'theme=dark' }, 'public'],
    ['/api/articles/3?watched[kim]=8', {}, 'private (?watched[kim])'],
    ['/api/articles/3?spoilers=hide', {}, 'private (?spoilers)'],
    ['/api/articles/3?draft=true', {}, 'private (?draft=true)'],
    ['/api/articles/3?draft=false', {}, 'public'],
    ['/api/readers/me', {}, 'private (about the caller)'],
    ['/api/access', {}, 'private (about the caller)'],
    ['/api/graphql?query={Articles{docs{id}}}', {}, 'public'],
    [
      '/api/graphql?query={spoilerSafeArticle(id:1,spoilers:hide){id}}',
      {},
      'private (per-reader GraphQL arguments)',
    ],
    ['/api/graphql?query={meReader{user{id}}}', {}, 'private (per-reader GraphQL arguments)'],
    ['/api/media/file/a.png', { cookie: 'payload-token=abc' }, 'public'],
    ['/api/articles', { method: 'POST' }, 'none'],
    ['/api/articles', { method: 'OPTIONS' }, 'none'],
  ] as const)('%s %j → %s', (url, extra, expected) => {
    expect(policyOf(get(url, extra))).toBe(expected)
  })

  it('gives files their own lifetime and no stale-while-revalidate', () => {
    const policy = decideCachePolicy(get('/api/media/file/a.png'), settings)
    expect(cacheControlFor(policy, 200)).toBe('public, max-age=86400')
  })
})

describe('cacheControlFor', () => {
  const publicRead = decideCachePolicy(get('/api/articles'), settings)
  it('makes successful public reads shareable, and nothing else', () => {
    expect(cacheControlFor(publicRead, 200)).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(cacheControlFor(publicRead, 304)).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(cacheControlFor(publicRead, 404)).toBe('private, no-store')
    expect(cacheControlFor(publicRead, 400)).toBe('private, no-store')
    expect(cacheControlFor(publicRead, 500)).toBe('private, no-store')
    expect(cacheControlFor({ kind: 'private', reason: 'x' }, 200)).toBe('private, no-store')
    expect(cacheControlFor({ kind: 'none' }, 201)).toBe('no-store')
  })
})

describe('origin policy', () => {
  it('takes Origin, else the origin of Referer', () => {
    expect(requestOrigin({ origin: 'https://a.example' })).toBe('https://a.example')
    expect(requestOrigin({ referer: 'https://b.example/page?x=1' })).toBe('https://b.example')
    expect(requestOrigin({ referer: 'not a url' })).toBeUndefined()
    expect(requestOrigin({})).toBeUndefined()
  })

  it('counts a write as cookie-authenticated unless a JWT, Bearer token or API key is sent', () => {
    const cookie = 'payload-token=abc'
    expect(usesCookieAuth({ cookie }, 'payload-token')).toBe(true)
    expect(usesCookieAuth({ cookie, authorization: 'JWT x' }, 'payload-token')).toBe(false)
    expect(usesCookieAuth({ cookie, authorization: 'Bearer x' }, 'payload-token')).toBe(false)
    expect(usesCookieAuth({ cookie, authorization: 'authors API-Key k' }, 'payload-token')).toBe(
      false,
    )
    // Payload falls back to the cookie when Authorization holds no token it reads.
    expect(usesCookieAuth({ cookie, authorization: 'Basic eDp5' }, 'payload-token')).toBe(true)
    expect(usesCookieAuth({ cookie: 'other=1' }, 'payload-token')).toBe(false)
  })

  it('refuses a missing or untrusted origin with a message', () => {
    const trusted = new Set(['https://app.example'])
    expect(crossSiteRefusal('https://app.example', trusted)).toBeUndefined()
    expect(crossSiteRefusal('https://evil.example', trusted)).toMatch(/https:\/\/evil\.example/)
    expect(crossSiteRefusal(undefined, trusted)).toMatch(/Origin \(or Referer\)/)
    expect(crossSiteRefusal('null', trusted)).toMatch(/origin null/)
  })
})

describe('delivery options from the environment', () => {
  it('refuses to start production without SERVER_URL, but lets `next build` through', () => {
    expect(() => deliveryOptionsFromEnv({ NODE_ENV: 'production' })).toThrow(
      /SERVER_URL must be set in production/,
    )
    expect(
      deliveryOptionsFromEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).toMatchObject({ serverURL: undefined })
    expect(
      deliveryOptionsFromEnv({ NODE_ENV: 'production', SERVER_URL: 'https://news.example' }),
    ).toMatchObject({ serverURL: 'https://news.example' })
  })

  it('reads CORS_ORIGINS as a comma-separated list of origins, and cache lifetimes', () => {
    const options = deliveryOptionsFromEnv({
      SERVER_URL: 'https://news.example',
      CORS_ORIGINS: ' http://localhost:5173 , https://App.example/ ,',
      CACHE_MAX_AGE: '30',
      CACHE_STALE_WHILE_REVALIDATE: '0',
    })
    expect(options.corsOrigins).toEqual(['http://localhost:5173', 'https://app.example'])
    expect(options.trustedOrigins).toEqual([])
    expect(resolveDelivery(options).cache).toEqual({
      maxAge: 30,
      staleWhileRevalidate: 0,
      mediaMaxAge: 86_400,
    })
  })

  it('names the variable that is wrong', () => {
    expect(() => deliveryOptionsFromEnv({ CORS_ORIGINS: 'app.example' })).toThrow(/CORS_ORIGINS/)
    expect(() => deliveryOptionsFromEnv({ CORS_ORIGINS: 'ftp://a.example' })).toThrow(/http/)
    expect(() => deliveryOptionsFromEnv({ CACHE_MAX_AGE: '-1' })).toThrow(/CACHE_MAX_AGE/)
    expect(() => deliveryOptionsFromEnv({ SERVER_URL: 'news' })).toThrow(/SERVER_URL/)
  })

  it('keeps the development server trusted for cookie writes once CORS_ORIGINS is set', () => {
    const options = deliveryOptionsFromEnv({ CORS_ORIGINS: 'http://localhost:5173', PORT: '4100' })
    expect(options.trustedOrigins).toEqual(['http://localhost:4100', 'http://127.0.0.1:4100'])
  })
})

describe('crossOriginConfig', () => {
  const delivery = resolveDelivery({
    serverURL: 'https://news.example',
    corsOrigins: ['https://app.example'],
  })

  it("feeds Payload's serverURL, cors and csrf, keeping the host's own settings", () => {
    expect(crossOriginConfig({}, delivery)).toEqual({
      serverURL: 'https://news.example',
      cors: ['https://app.example'],
      csrf: ['https://app.example'],
    })
    expect(
      crossOriginConfig(
        {
          serverURL: 'https://host.example',
          cors: ['https://x.example'],
          csrf: ['https://y.example'],
        },
        delivery,
      ),
    ).toEqual({
      serverURL: 'https://host.example',
      cors: ['https://x.example', 'https://app.example'],
      csrf: ['https://y.example', 'https://app.example'],
    })
    expect(crossOriginConfig({ cors: '*' }, delivery).cors).toBe('*')
  })
})
