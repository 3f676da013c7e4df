import type { Server } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

import express from 'express'
import type { Payload } from 'payload'

import { requestTimeLimit, stopExpiredStatements } from '../../src/http/requestTimeLimit'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let server: Server
let base: string
const outcomes: string[] = []

// A read that outlives the limit: it waits (as a long statement or a slow client would make it),
// then reads. A write gets the same wait and is left alone.
beforeAll(async () => {
  payload = await getTestPayload()
  stopExpiredStatements(payload)
  const app = express()
  app.use(requestTimeLimit(20))
  const slowRead: express.RequestHandler = async (_req, res) => {
    await sleep(200)
    try {
      await payload.find({ collection: 'dramas', limit: 1 })
      outcomes.push('read ran')
    } catch (err) {
      // drizzle wraps the adapter's error in its own "Failed query".
      const cause = (err as Error & { cause?: Error }).cause ?? (err as Error)
      outcomes.push(`read refused: ${cause.message}`)
    }
    if (!res.headersSent) res.json({ ok: true })
  }
  app.get('/slow', slowRead)
  app.post('/slow', slowRead)
  await new Promise<void>((resolve) => {
    server = app.listen(0, () => resolve())
  })
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await payload.destroy()
})

it('answers a read that outlives the limit with a 503 and refuses its later statements', async () => {
  const res = await fetch(`${base}/slow`)
  expect(res.status).toBe(503)
  expect(res.headers.get('retry-after')).toBe('5')
  expect(await res.json()).toEqual({
    errors: [{ message: 'The request took longer than 0.02 s and was stopped.' }],
  })
  await sleep(400)
  // PostgreSQL is left to its statement_timeout: only SQLite's statements are refused.
  expect(outcomes.pop()).toMatch(
    payload.db.name === 'sqlite' ? /read refused: The request ran out of time/ : /read ran/,
  )
})

it('leaves writes alone (stopping one half-way would leave it half-written)', async () => {
  const res = await fetch(`${base}/slow`, { method: 'POST' })
  expect(res.status).toBe(200)
  expect(outcomes.pop()).toBe('read ran')
})

it('does not touch statements outside a request', async () => {
  await expect(payload.count({ collection: 'dramas' })).resolves.toMatchObject({ totalDocs: 0 })
})
