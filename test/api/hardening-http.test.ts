import type { Server } from 'node:http'
import zlib from 'node:zlib'

import express from 'express'

import { securityHeaders } from '../../src/http/securityHeaders'
import type { RunningServer } from '../../src/server'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'

// Security headers on every route, and error answers that never carry stack traces or paths.

let server: RunningServer
let anonymous: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  anonymous = new ApiClient(server.url)
})

afterAll(async () => {
  await server.close()
})

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("frame-ancestors 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'self'")
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('x-powered-by')).toBeNull()
}

describe('security headers', () => {
  it('are sent by REST, GraphQL, errors and the health check', async () => {
    const responses = [
      await anonymous.get('/api/articles?limit=1'),
      await anonymous.graphql('{ Articles(limit: 1) { totalDocs } }'),
      await anonymous.get('/api/articles/999999'),
      await anonymous.post('/api/nothing-here', {}),
      await anonymous.get('/healthz'),
    ]
    for (const res of responses) expectSecurityHeaders(res.headers)
  })

  it('send no HSTS outside HTTPS production; HTTPS production adds it, and upgrades requests', async () => {
    expect((await anonymous.get('/healthz')).headers.get('strict-transport-security')).toBeNull()
    const app = express()
    app.use(securityHeaders({ isProduction: true, isHttps: true }))
    app.get('/', (_req, res) => {
      res.send('ok')
    })
    const production: Server = await new Promise((resolve) => {
      const listening = app.listen(0, () => resolve(listening))
    })
    try {
      const { port } = production.address() as { port: number }
      const res = await fetch(`http://127.0.0.1:${port}/`)
      expect(res.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      )
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain('upgrade-insecure-requests')
      expect(csp).not.toContain('unsafe-eval')
      expect(res.headers.get('x-powered-by')).toBeNull()
    } finally {
      await new Promise((resolve) => production.close(resolve))
    }
  })
})

describe('error answers', () => {
  const leaks = (body: unknown) => {
    const text = JSON.stringify(body)
    return /"stack"|\/work\/|node_modules|\bat [\w.<>]+ \(/.test(text)
  }

  it('carry a message and no stack or path, whatever fails', async () => {
    const gzipGarbage = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: Buffer.from('definitely not gzip'),
    })
    expect(gzipGarbage.status).toBe(400)
    expect(gzipGarbage.headers.get('content-type')).toContain('application/json')
    const gzipBody = await gzipGarbage.json()
    expect(gzipBody.errors[0].message).toEqual(expect.any(String))
    expect(leaks(gzipBody)).toBe(false)

    const unknownEncoding = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'compress-me' },
      body: zlib.gzipSync('{}'),
    })
    expect(unknownEncoding.status).toBe(415)
    expect(leaks(await unknownEncoding.json())).toBe(false)

    const malformed = await anonymous.request('POST', '/api/readers', '{"email": ')
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    expect(leaks(malformed.body)).toBe(false)

    const graphql = await anonymous.graphql('{ Articles(limit: "x") { totalDocs ')
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    expect(leaks(graphql.body)).toBe(false)
  })
})
