import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ApiProcess } from '../security/helpers/apiProcess'
import { startApiProcess } from '../security/helpers/apiProcess'

// The eventual-consistency contract of similar lists, over real HTTP against the server as its
// own process (its job runner included): a publish's peers list it within a bound; an article
// unpublished is never served from any list, before or after its job; and a job queued when the
// server is killed runs after the restart, the read guard covering for it meanwhile.

const EMAIL = 'peers-admin@test.showrunner'
const PASSWORD = 'peers-password-1'
/** Generous: the job runner polls every second, on a machine shared with other test runs. */
const BOUND_MS = 60_000

type Id = number | string
type Row = { article: Id | { id: Id } }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-peers-'))
// SQLite on a file (this process's own database is in memory); PostgreSQL in this file's schema.
const env: Record<string, string> =
  process.env.TEST_DB === 'postgres'
    ? { DATABASE_URI: process.env.DATABASE_URI!, DATABASE_SCHEMA: process.env.DATABASE_SCHEMA! }
    : { DATABASE_URI: `file:${path.join(dir, 'peers.db')}` }
Object.assign(env, {
  MEDIA_DIR: path.join(dir, 'media'),
  RATE_LIMIT_MAX: '100000',
  PAYLOAD_SECRET: 'peers-secret',
})

let server: ApiProcess
let token = ''
let count = 0
const ids: Record<string, Id> = {}

/** Starts the server; `hasRunner: false` leaves queued jobs where they are (no job runner). */
async function start(hasRunner: boolean) {
  const runner = { SHOWRUNNER_JOBS_AUTORUN: hasRunner ? 'true' : 'false' }
  // A loaded machine (other test runs) can take minutes to compile and start the server.
  server = await startApiProcess({ ...env, ...runner }, { timeoutMs: 240_000 })
}

async function call<T = any>(method: string, route: string, body?: unknown, isAnonymous = false) {
  const res = await fetch(`${server.url}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token && !isAnonymous ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  const parsed = text ? JSON.parse(text) : null
  if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${text}`)
  return parsed as T
}

const act = (id: Id, action: string) => call('POST', `/api/articles/${id}/workflow`, { action })

/** A new article on the same drama as the others, published through the workflow. */
async function publish(name: string): Promise<Id> {
  const n = ++count
  const created = await call<{ doc: { id: Id } }>('POST', '/api/articles?draft=true&depth=0', {
    title: `Crash Landing on You, episode ${n}: Ri Jeong-hyeok and Yoon Se-ri (${name})`,
    format: 'recap',
    excerpt: `Episode ${n} of Crash Landing on You: the DMZ, the village and Seo Dan.`,
    tags: ['crash landing on you', 'hyun bin', 'son ye-jin', `episode ${n}`],
  })
  const id = created.doc.id
  for (const action of ['submit', 'approve', 'publish']) await act(id, action)
  ids[name] = id
  return id
}

const idOf = (row: Row) => String(typeof row.article === 'object' ? row.article.id : row.article)

/**
 * The article ids `id`'s similar list names, as served anonymously by each read path: REST at
 * depth 0 and 1, the `/similar` endpoint, GraphQL's `Article.similarArticles` and the
 * `similarArticles` query. Each path's answer is checked on its own.
 */
async function servedLists(id: Id): Promise<Record<string, string[]>> {
  const rest0 = await call<{ similarArticles?: Row[] }>(
    'GET',
    `/api/articles/${id}?depth=0`,
    undefined,
    true,
  )
  const rest1 = await call<{ similarArticles?: Row[] }>(
    'GET',
    `/api/articles/${id}?depth=1`,
    undefined,
    true,
  )
  const endpoint = await call<{ docs: Row[] }>(
    'GET',
    `/api/articles/${id}/similar?limit=20`,
    undefined,
    true,
  )
  const graphql = await call<{ data: any; errors?: unknown }>(
    'POST',
    '/api/graphql',
    {
      query: `{
        Article(id: ${JSON.stringify(id)}) { similarArticles { article { id } } }
        similarArticles(id: ${JSON.stringify(id)}, limit: 20) { article { id } }
      }`,
    },
    true,
  )
  if (graphql.errors) throw new Error(`GraphQL: ${JSON.stringify(graphql.errors)}`)
  return {
    rest0: (rest0.similarArticles ?? []).map(idOf),
    rest1: (rest1.similarArticles ?? []).map(idOf),
    endpoint: (endpoint.docs ?? []).map(idOf),
    graphqlField: ((graphql.data.Article?.similarArticles ?? []) as Row[]).map(idOf),
    graphqlQuery: ((graphql.data.similarArticles ?? []) as Row[]).map(idOf),
  }
}

/** Paths (with the article) whose list names `named`. */
async function pathsNaming(peers: Id[], named: Id): Promise<string[]> {
  const found: string[] = []
  for (const peer of peers) {
    for (const [where, list] of Object.entries(await servedLists(peer))) {
      if (list.includes(String(named))) found.push(`${peer}:${where}`)
    }
  }
  return found
}

/** Polls until every path of every peer names `named` (true), or the bound passes (false). */
async function everyPeerLists(peers: Id[], named: Id): Promise<boolean> {
  const deadline = Date.now() + BOUND_MS
  while (Date.now() < deadline) {
    const naming = await pathsNaming(peers, named)
    if (naming.length === peers.length * 5) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

beforeAll(async () => {
  await start(true)
  const registered = await call<{ token: string }>('POST', '/api/authors/first-register', {
    email: EMAIL,
    password: PASSWORD,
    name: 'Peers Admin',
    handle: 'peers_admin',
  })
  token = registered.token
  for (const name of ['a', 'b', 'c']) await publish(name)
  expect(await everyPeerLists([ids.a!, ids.b!], ids.c!)).toBe(true)
}, 900_000)

afterAll(async () => {
  await server?.kill()
  fs.rmSync(dir, { recursive: true, force: true })
})

const peers = () => [ids.a!, ids.b!, ids.c!]

it('lists a published article in its own list at once and in its peers’ lists within the bound', async () => {
  const id = await publish('d')
  // Its own list is computed in the request.
  const own = await servedLists(id)
  expect(own.rest0).toEqual(expect.arrayContaining(peers().map(String)))
  expect(await everyPeerLists(peers(), id)).toBe(true)
}, 900_000)

it('never serves an article unpublished right after its publish, before or after the jobs', async () => {
  const id = await publish('e')
  await act(id, 'unpublish')
  // From the unpublish's response on, through both jobs (the publish's and the unpublish's).
  const deadline = Date.now() + 5_000
  while (Date.now() < deadline) {
    expect(await pathsNaming(peers(), id)).toEqual([])
  }
}, 900_000)

it('runs a job queued before a kill -9 after the restart, the guard hiding the unpublished meanwhile', async () => {
  const f = await publish('f')
  expect(await everyPeerLists(peers(), f)).toBe(true)
  await server.kill()

  // No job runner: the jobs of this publish and unpublish stay queued when the server dies.
  await start(false)
  const g = await publish('g')
  await act(f, 'unpublish')
  await server.kill()

  await start(false)
  // F's entries are still stored in its peers' lists (its job has not run): never served.
  expect(await pathsNaming(peers(), f)).toEqual([])
  // G's job has not run: its peers do not list it yet.
  expect(await pathsNaming([ids.a!, ids.b!], g)).toEqual([])
  await server.kill()

  // With the runner, the queued jobs run after the restart.
  await start(true)
  expect(await everyPeerLists(peers(), g)).toBe(true)
  expect(await pathsNaming(peers(), f)).toEqual([])
}, 900_000)
