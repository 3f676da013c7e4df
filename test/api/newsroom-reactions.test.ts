import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Id } from '../helpers/collectionApi'
import { collectionApi, expectStatus, PROTOCOLS } from '../helpers/collectionApi'
import { mintReaders } from '../helpers/mintReaders'
import type { Clients, Role } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// A per-reader budget small enough to reach in a test; the fixed readers stay within it.
const BUDGET = 30
process.env.RATE_LIMIT_REACTIONS_PER_READER = String(BUDGET)
process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let serial = 0

const names = { singular: 'Reaction', plural: 'Reactions', select: 'id reaction' }
const KINDS = ['love', 'laugh', 'wow', 'sad', 'angry']

async function publishedArticle(): Promise<Id> {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: `Feelings ${++serial}`,
      format: 'news',
      author: accounts.author.id,
      _status: 'published',
    },
    depth: 0,
  })
  return doc.id
}

/** The counts as the table holds them, counted independently of the API. */
async function tableCounts(article: Id) {
  const { docs } = await payload.find({
    collection: 'reactions' as never,
    where: { article: { equals: article } },
    pagination: false,
    depth: 0,
  })
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0]))
  for (const doc of docs as unknown as Array<{ reaction: string }>) counts[doc.reaction] += 1
  return counts
}

const publicCounts = async (article: Id) =>
  (await clients.anonymous.get(`/api/articles/${article}?depth=0`)).body.reactionCounts

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
})

afterAll(async () => {
  await server.close()
})

describe.each(PROTOCOLS)('reactions by role over %s', (protocol) => {
  const api = collectionApi(protocol, 'reactions', names)
  const CREATE: Record<Role, number> = {
    anonymous: 401,
    reader: 200,
    author: 403,
    editor: 403,
    admin: 403,
  }

  it.each(Object.keys(CREATE) as Role[])('%s reacting', async (role) => {
    const article = await publishedArticle()
    const outcome = await api.create(clients[role], { article, reaction: 'love' })
    if (CREATE[role] !== 200) {
      expectStatus(outcome, CREATE[role])
      expect(await tableCounts(article)).toMatchObject({ love: 0 })
      return
    }
    expectStatus(outcome, protocol === 'rest' ? 201 : 200)
    const stored = await payload.findByID({
      collection: 'reactions' as never,
      id: outcome.doc!.id,
      depth: 0,
    })
    expect(stored).toMatchObject({ reader: accounts.reader.id, reaction: 'love' })
  })

  it('a reader changes and removes only their own reaction', async () => {
    const article = await publishedArticle()
    const made = await api.create(clients.reader, { article, reaction: 'sad' })
    const id = made.doc!.id
    const other = await api.update(clients.reader2, id, { reaction: 'angry' })
    expect([403, 404]).toContain(other.status)
    expect(await tableCounts(article)).toMatchObject({ sad: 1, angry: 0 })
    expectStatus(await api.update(clients.reader, id, { reaction: 'wow' }), 200)
    expect(await publicCounts(article)).toEqual({ love: 0, laugh: 0, wow: 1, sad: 0, angry: 0 })
    expect([403, 404]).toContain((await api.delete(clients.reader2, id)).status)
    expectStatus(await api.delete(clients.reader, id), 200)
    expect(await publicCounts(article)).toMatchObject({ wow: 0 })
  })

  it('one reaction per reader and article; a second is a 409 naming the first', async () => {
    const article = await publishedArticle()
    const first = await api.create(clients.reader2, { article, reaction: 'laugh' })
    const second = await api.create(clients.reader2, { article, reaction: 'love' })
    expectStatus(second, 409, new RegExp(`reaction ${first.doc!.id}`))
    expect(await tableCounts(article)).toMatchObject({ laugh: 1, love: 0 })
  })

  it('refuses a reaction outside the set, on a draft, or in another reader’s name', async () => {
    const article = await publishedArticle()
    expect((await api.create(clients.reader, { article, reaction: 'meh' })).status).toBe(400)
    const draft = await payload.create({
      collection: 'articles',
      data: { title: `Draft feelings ${++serial}`, format: 'news', author: accounts.author.id },
      draft: true,
    })
    expectStatus(
      await api.create(clients.reader, { article: draft.id, reaction: 'love' }),
      400,
      /only on published articles/,
    )
    expectStatus(
      await api.create(clients.reader, {
        article,
        reaction: 'love',
        reader: accounts.reader2.id,
      }),
      403,
      /logged-in reader/,
    )
  })

  it('only moderators and the reader see who reacted; the public sees counts', async () => {
    const article = await publishedArticle()
    await api.create(clients.reader, { article, reaction: 'love' })
    await api.create(clients.reader2, { article, reaction: 'love' })
    const where = { article: { equals: article } }
    const mine = await api.find(clients.reader, where)
    expect(mine.docs).toHaveLength(1)
    expect((await api.find(clients.editor, where)).docs).toHaveLength(2)
    for (const role of ['anonymous', 'author'] as const) {
      const outcome = await api.find(clients[role], where)
      expect(outcome.status === 403 || outcome.docs?.length === 0).toBe(true)
    }
    expect(await publicCounts(article)).toMatchObject({ love: 2 })
  })
})

describe('counts', () => {
  it('GraphQL serves the counts on the article', async () => {
    const article = await publishedArticle()
    await clients.reader.post('/api/reactions', { article, reaction: 'wow' })
    const res = await clients.anonymous.graphql(
      'query($id: Int!) { Article(id: $id) { reactionCounts } }',
      { id: article },
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Article.reactionCounts).toEqual({
      love: 0,
      laugh: 0,
      wow: 1,
      sad: 0,
      angry: 0,
    })
  })

  it('a list read gives each article its own counts from one grouped query', async () => {
    const [first, second, third] = [
      await publishedArticle(),
      await publishedArticle(),
      await publishedArticle(),
    ]
    await clients.reader.post('/api/reactions', { article: first, reaction: 'laugh' })
    await clients.reader2.post('/api/reactions', { article: first, reaction: 'laugh' })
    await clients.reader.post('/api/reactions', { article: second, reaction: 'sad' })
    const drizzle = (
      payload.db as unknown as { drizzle: { select: (...args: unknown[]) => unknown } }
    ).drizzle
    const select = drizzle.select
    let countQueries = 0
    drizzle.select = function (this: unknown, ...args: unknown[]) {
      const fields = args[0] as Record<string, unknown> | undefined
      if (fields && 'reaction' in fields && 'n' in fields) countQueries += 1
      return select.apply(this, args)
    }
    try {
      const ids = [first, second, third].join(',')
      const res = await clients.anonymous.get(
        `/api/articles?where[id][in]=${ids}&depth=0&limit=3&sort=id`,
      )
      expect(res.status).toBe(200)
      const counts = Object.fromEntries(
        (res.body.docs as Array<{ id: Id; reactionCounts: Record<string, number> }>).map((doc) => [
          doc.id,
          doc.reactionCounts,
        ]),
      )
      expect(counts[first]).toMatchObject({ laugh: 2, sad: 0 })
      expect(counts[second]).toMatchObject({ laugh: 0, sad: 1 })
      expect(counts[third]).toEqual({ love: 0, laugh: 0, wow: 0, sad: 0, angry: 0 })
      expect(countQueries).toBe(1)
    } finally {
      drizzle.select = select
    }
  })

  it('50 parallel reactions, then 50 parallel changes, are all counted exactly once', async () => {
    const article = await publishedArticle()
    const crowd = await mintReaders(payload, server.url, 50)
    const made = await Promise.all(
      crowd.map((reader, index) =>
        reader.client.post('/api/reactions', { article, reaction: KINDS[index % KINDS.length] }),
      ),
    )
    const refusals = (results: Array<{ status: number; body: unknown }>, ok: number) =>
      results.filter((res) => res.status !== ok).map((res) => [res.status, res.body])
    expect(refusals(made, 201)).toEqual([])
    const expected = Object.fromEntries(KINDS.map((kind) => [kind, 10]))
    expect(await publicCounts(article)).toEqual(expected)
    expect(await tableCounts(article)).toEqual(expected)

    const changed = await Promise.all(
      made.map((res, index) =>
        crowd[index].client.patch(`/api/reactions/${res.body.doc.id}`, { reaction: 'love' }),
      ),
    )
    expect(refusals(changed, 200)).toEqual([])
    expect(await publicCounts(article)).toEqual({ love: 50, laugh: 0, wow: 0, sad: 0, angry: 0 })
  })

  it('one reader’s 5 parallel first reactions store exactly one', async () => {
    const article = await publishedArticle()
    const [reader] = await mintReaders(payload, server.url, 1, 'eager')
    const statuses = (
      await Promise.all(
        KINDS.map((reaction) => reader.client.post('/api/reactions', { article, reaction })),
      )
    ).map((res) => res.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    // The losers hear why: the hook's 409, or the unique index's 400 when they raced past it.
    expect(statuses.filter((status) => status === 409 || status === 400)).toHaveLength(4)
    const counts = await publicCounts(article)
    expect(Object.values(counts).reduce((a, b) => (a as number) + (b as number), 0)).toBe(1)
  })
})

describe('rate limit', () => {
  it('refuses a reader past the budget with a 429, over REST and GraphQL alike', async () => {
    const [reader] = await mintReaders(payload, server.url, 1, 'busy')
    const article = await publishedArticle()
    const made = await reader.client.post('/api/reactions', { article, reaction: 'love' })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    for (let round = 0; round < BUDGET - 2; round += 1) {
      const res = await reader.client.patch(`/api/reactions/${id}`, {
        reaction: KINDS[round % KINDS.length],
      })
      expect(res.status).toBe(200)
    }
    const last = await reader.client.graphql(
      'mutation($id: Int!) { updateReaction(id: $id, data: { reaction: sad }) { id } }',
      { id },
    )
    expect(last.status).toBe(200)
    expect(last.body.errors).toBeUndefined()
    const over = await reader.client.delete(`/api/reactions/${id}`)
    expect(over.status).toBe(429)
    expect(over.body.errors[0].message).toMatch(/Too many reactions/)
    const graphql = await reader.client.graphql(
      'mutation($id: Int!) { deleteReaction(id: $id) { id } }',
      { id },
    )
    expect(graphql.status).toBe(429)
    // Someone else still reacts: the budget is per reader.
    expect(
      (await clients.reader2.post('/api/reactions', { article, reaction: 'sad' })).status,
    ).toBe(201)
  })
})
