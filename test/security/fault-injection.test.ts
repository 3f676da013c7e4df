import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ApiProcess } from './helpers/apiProcess'
import { startApiProcess } from './helpers/apiProcess'

// kill -9 of the server in the middle of publishes, at delays drawn from this seed.
const SEED = Number(process.env.SECURITY_SEED || 20261206)
const KILLS = 2
const EMAIL = 'fault-admin@test.showrunner'
const PASSWORD = 'fault-password-1'

type Id = number | string
type Article = {
  id: Id
  title: string
  stage: string
  _status: string
  similarArticles?: Array<{ article: Id | { id: Id } }> | null
}
type HistoryEntry = { action: string; from: string; to: string }

/** mulberry32: a small seeded generator, so a failing schedule of kills can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-fault-'))
// SQLite on a file (the test process's own database is in memory); PostgreSQL in the file's schema.
const env: Record<string, string> =
  process.env.TEST_DB === 'postgres'
    ? { DATABASE_URI: process.env.DATABASE_URI!, DATABASE_SCHEMA: process.env.DATABASE_SCHEMA! }
    : { DATABASE_URI: `file:${path.join(dir, 'fault.db')}` }
Object.assign(env, {
  MEDIA_DIR: path.join(dir, 'media'),
  RATE_LIMIT_MAX: '100000',
  PAYLOAD_SECRET: 'fault-secret',
})

let server: ApiProcess
let token = ''
let articleCount = 0

async function call<T = any>(
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

async function expectOk<T = any>(method: string, route: string, body?: unknown): Promise<T> {
  const res = await call<T>(method, route, body)
  if (res.status >= 300)
    throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** An approved article about the same drama as the others, so publishing it fills similar lists. */
async function approvedArticle(): Promise<Id> {
  const n = ++articleCount
  const title = `Crash Landing on You recap ${n}: Ri Jeong-hyeok and Yoon Se-ri`
  const created = await expectOk<{ doc: Article }>('POST', '/api/articles?draft=true&depth=0', {
    title,
    format: 'recap',
    excerpt: `Episode ${n} of Crash Landing on You: the DMZ, the village and Seo Dan.`,
    tags: ['crash landing on you', 'hyun bin', 'son ye-jin', `episode ${n}`],
  })
  const id = created.doc.id
  await expectOk('POST', `/api/articles/${id}/workflow`, { action: 'submit' })
  await expectOk('POST', `/api/articles/${id}/workflow`, { action: 'approve' })
  return id
}

async function restart() {
  server = await startApiProcess(env)
}

/** stage, `_status`, history and similar lists must tell one story for every article. */
async function inconsistencies(): Promise<string[]> {
  const problems: string[] = []
  const { docs } = await expectOk<{ docs: Article[] }>(
    'GET',
    '/api/articles?depth=0&limit=50&draft=false',
  )
  const live = new Set(
    docs.filter((doc) => doc._status === 'published').map((doc) => String(doc.id)),
  )
  for (const doc of docs) {
    const state = await expectOk<{ stage: string; history: HistoryEntry[] }>(
      'GET',
      `/api/articles/${doc.id}/workflow`,
    )
    const history = state.history ?? []
    const last = history.length > 0 ? history[history.length - 1] : undefined
    const at = `article ${doc.id} (${doc.stage}, ${doc._status})`
    if ((last?.to ?? 'draft') !== doc.stage)
      problems.push(`${at}: its last history entry says ${last?.to}`)
    if (state.stage !== doc.stage) problems.push(`${at}: the workflow endpoint says ${state.stage}`)
    const isPublished = doc._status === 'published'
    if (isPublished !== (doc.stage === 'published'))
      problems.push(`${at}: stage and _status disagree`)
    if (isPublished && !history.some((entry) => entry.to === 'published'))
      problems.push(`${at}: published without history`)
    for (const entry of doc.similarArticles ?? []) {
      const named = typeof entry.article === 'object' ? entry.article.id : entry.article
      if (!live.has(String(named)))
        problems.push(`${at}: its similar list names ${named}, which is not live`)
    }
  }
  return problems
}

beforeAll(async () => {
  await restart()
  const registered = await call<{ token: string }>('POST', '/api/authors/first-register', {
    email: EMAIL,
    password: PASSWORD,
    name: 'Fault Admin',
    handle: 'fault_admin',
  })
  if (registered.status !== 200)
    throw new Error(`first-register: ${JSON.stringify(registered.body)}`)
  token = registered.body.token
}, 120_000)

afterAll(async () => {
  await server?.kill()
  fs.rmSync(dir, { recursive: true, force: true })
})

it(`keeps stage, _status, history and similar lists consistent across kill -9 mid-publish (seed ${SEED})`, async () => {
  // Two ordinary publishes: similar lists to be kept right, and how long a publish takes here.
  let slowest = 0
  for (let i = 0; i < 2; i++) {
    const id = await approvedArticle()
    const started = Date.now()
    await expectOk('POST', `/api/articles/${id}/workflow`, { action: 'publish' })
    slowest = Math.max(slowest, Date.now() - started)
  }
  const next = random(SEED)
  const delays: number[] = []
  for (let k = 0; k < KILLS; k++) {
    const id = await approvedArticle()
    const delay = Math.floor(next() * slowest * 1.2)
    delays.push(delay)
    const publish = call('POST', `/api/articles/${id}/workflow`, { action: 'publish' }).catch(
      () => null,
    )
    await new Promise((resolve) => setTimeout(resolve, delay))
    await server.kill()
    await publish
    await restart()
    expect({ delay, problems: await inconsistencies() }).toEqual({ delay, problems: [] })
    // The interrupted article is not stuck: publishing it now (again) either works or is refused.
    const again = await call('POST', `/api/articles/${id}/workflow`, { action: 'publish' })
    expect(again.status === 200 || again.status === 409).toBe(true)
    expect(await inconsistencies()).toEqual([])
  }
  console.log(
    `kill -9 after ${delays.join(', ')} ms of publishes taking up to ${slowest} ms (seed ${SEED})`,
  )
}, 600_000)
