import type { RunningServer } from '../../src/server'
import { rawRequest } from '../helpers/rawHttp'

// A small budget, set before the server is imported.
const LIMIT = 4
process.env.RATE_LIMIT_MAX = String(LIMIT)

let server: RunningServer

beforeAll(async () => {
  const { startTestServer } = await import('../helpers/server')
  server = await startTestServer()
})

afterAll(async () => {
  await server?.close()
})

const TRANSPORT_VARIANTS: Array<Record<string, string>> = [
  {},
  { 'accept-encoding': 'br' },
  { 'accept-encoding': 'gzip', 'if-none-match': '*' },
  { 'cache-control': 'max-age=0', 'if-none-match': '"abc"' },
  { 'accept-encoding': 'gzip, br', 'cache-control': 'no-cache' },
]

function login(headers: Record<string, string>) {
  return fetch(`${server.url}/api/readers/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: 'nobody@test.showrunner', password: 'wrong-password' }),
  })
}

it('keeps rate-limited routes uncached and their budget the same whatever the transport', async () => {
  // Cached and compressed reads, 304s and HEADs in between do not touch the write budget.
  const read = await rawRequest(`${server.url}/api/articles`)
  expect(read.headers.etag).toBeTruthy()
  for (let i = 0; i < 3 * LIMIT; i++) {
    const method = i % 2 ? 'HEAD' : 'GET'
    const res = await rawRequest(`${server.url}/api/articles`, {
      method,
      headers: { 'if-none-match': read.headers.etag!, 'accept-encoding': 'gzip, br' },
    })
    expect(res.status).toBe(304)
  }

  const statuses: number[] = []
  let announced: number | undefined
  for (let attempt = 0; attempt < LIMIT + 1; attempt++) {
    const res = await login(TRANSPORT_VARIANTS[attempt % TRANSPORT_VARIANTS.length]!)
    statuses.push(res.status)
    // Never stored by a browser or CDN, so a replayed answer cannot stand in for the limiter.
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('etag')).toBeNull()
    const policy = res.headers.get('ratelimit-policy')
    if (policy) announced ??= Number(/q=(\d+)/.exec(policy)?.[1])
    if (res.status === 429) {
      const body = (await res.json()) as { errors: Array<{ message: string }> }
      expect(body.errors[0]!.message).toMatch(/Too many/)
    }
  }
  expect(announced ?? LIMIT).toBe(LIMIT)
  expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429])

  // Still refused when asked through every transport variant.
  for (const headers of TRANSPORT_VARIANTS) expect((await login(headers)).status).toBe(429)
})
