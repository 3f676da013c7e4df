import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Id } from '../helpers/collectionApi'
import { collectionApi, expectStatus, PROTOCOLS } from '../helpers/collectionApi'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let serial = 0

const names = { singular: 'Article', plural: 'Articles', select: 'id title' }

/** A draft by `author` with `author2` as co-author (and one by `author` alone, for contrast). */
async function draft(coAuthors: Array<keyof Accounts> = ['author2']): Promise<Id> {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: `Co-written ${++serial}`,
      format: 'news',
      author: accounts.author.id,
      coAuthors: coAuthors.map((key) => accounts[key].id),
    } as never,
    draft: true,
    depth: 0,
  })
  return doc.id
}

const workflow = (role: keyof Clients, id: Id, action?: string) =>
  action
    ? clients[role].post(`/api/articles/${id}/workflow`, { action })
    : clients[role].get(`/api/articles/${id}/workflow`)

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
})

afterAll(async () => {
  await server.close()
})

describe.each(PROTOCOLS)('co-author ownership over %s', (protocol) => {
  const api = collectionApi(protocol, 'articles', names)

  it('a co-author reads and edits the draft; an author not listed cannot', async () => {
    const shared = await draft()
    const solo = await draft([])
    expectStatus(await api.findByID(clients.author2, shared, { draft: true }), 200)
    const title = `Edited ${++serial}`
    expectStatus(await api.update(clients.author2, shared, { title }), 200)
    // Written, not silently dropped by a field rule that knew only the primary author.
    expect(
      (await payload.findByID({ collection: 'articles', id: shared, draft: true })).title,
    ).toBe(title)
    // Not listed on `solo`: as for any other author's draft, it does not exist for them.
    const other = await api.findByID(clients.author2, solo, { draft: true })
    expect(other.status).toBe(404)
    const refused = await api.update(clients.author2, solo, { title: 'Not mine' })
    expect([403, 404]).toContain(refused.status)
    expect(
      (await payload.findByID({ collection: 'articles', id: solo, draft: true })).title,
    ).toMatch(/^Co-written/)
  })

  it('a co-author deletes an unpublished article; a removed co-author no longer can', async () => {
    const mine = await draft()
    expectStatus(await api.delete(clients.author2, mine), 200)
    const other = await draft()
    // The author takes the co-author off in a draft save (as the admin saves): ownership follows.
    const removed = await clients.author.patch(`/api/articles/${other}?draft=true`, {
      coAuthors: [],
    })
    expect(removed.status).toBe(200)
    const refused = await api.delete(clients.author2, other)
    expect([403, 404]).toContain(refused.status)
    expect(
      await payload.count({ collection: 'articles', where: { id: { equals: other } } }),
    ).toEqual({ totalDocs: 1 })
  })

  it('a co-author added in a draft save owns the article at once', async () => {
    const later = await draft([])
    expect((await api.findByID(clients.author2, later, { draft: true })).status).toBe(404)
    const added = await clients.author.patch(`/api/articles/${later}?draft=true`, {
      coAuthors: [accounts.author2.id],
    })
    expect(added.status).toBe(200)
    expectStatus(await api.update(clients.author2, later, { title: `Joined ${++serial}` }), 200)
  })

  it('lists a co-authored draft among the co-author’s own', async () => {
    const shared = await draft()
    const found = await api.find(clients.author2, { id: { equals: shared } }, { draft: true })
    expect(found.docs?.map((doc) => String(doc.id))).toEqual([String(shared)])
  })
})

describe('co-authors in the workflow', () => {
  it('a co-author reads the workflow, submits and withdraws', async () => {
    const id = await draft()
    expect((await workflow('author2', id)).status).toBe(200)
    const submitted = await workflow('author2', id, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body.stage).toBe('in_review')
    // While in review the co-author, like the author, cannot edit.
    const locked = await clients.author2.patch(`/api/articles/${id}?draft=true`, { title: 'x' })
    expect(locked.status).toBe(409)
    expect((await workflow('author2', id, 'withdraw')).body.stage).toBe('draft')
  })

  // syncBylinesToLiveRow skips saves that wrote the main row: a publish must move ownership itself.
  it('a publish that changes the co-authors moves ownership with it', async () => {
    const id = await draft([])
    const publish = (coAuthors: Id[]) =>
      payload.update({
        collection: 'articles',
        id,
        data: { coAuthors, _status: 'published' } as never,
        draft: false,
        depth: 0,
      })
    expect([403, 404]).toContain((await workflow('author2', id)).status)
    await publish([accounts.author2.id])
    expect((await workflow('author2', id)).status).toBe(200)
    await publish([])
    expect([403, 404]).toContain((await workflow('author2', id)).status)
  })

  it('an editor who co-wrote a piece cannot approve it (four eyes); another editor can', async () => {
    const id = await draft(['editor'])
    expect((await workflow('author', id, 'submit')).status).toBe(200)
    const own = await workflow('editor', id, 'approve')
    expect(own.status).toBe(403)
    expect(JSON.stringify(own.body)).toMatch(/own/i)
    expect((await workflow('admin', id, 'approve')).body.stage).toBe('approved')
  })

  it('refuses a co-author list naming someone twice or the primary author', async () => {
    const id = await draft([])
    const twice = await clients.author.patch(`/api/articles/${id}?draft=true`, {
      coAuthors: [accounts.author2.id, accounts.author2.id],
    })
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].message).toMatch(/listed twice/)
    const primary = await clients.author.patch(`/api/articles/${id}?draft=true`, {
      coAuthors: [accounts.author.id],
    })
    expect(primary.status).toBe(400)
    expect(primary.body.errors[0].message).toMatch(/primary author/)
    // A co-author cannot take the primary byline.
    const shared = await draft()
    const takeover = await clients.author2.patch(`/api/articles/${shared}?draft=true`, {
      author: accounts.author2.id,
    })
    expect(takeover.status).toBe(403)
  })
})

describe('public bylines', () => {
  let live: Id
  beforeAll(async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title: `Live co-written ${++serial}`,
        format: 'news',
        author: accounts.author.id,
        coAuthors: [accounts.author2.id, accounts.editor.id],
        _status: 'published',
      } as never,
      depth: 0,
    })
    live = doc.id
  })

  it('REST embeds every co-author as a public card, without e-mail', async () => {
    const res = await clients.anonymous.get(`/api/articles/${live}?depth=1`)
    expect(res.status).toBe(200)
    expect(res.body.coAuthors.map((card: { handle: string }) => card.handle)).toEqual([
      'author2',
      'editor',
    ])
    for (const card of res.body.coAuthors) {
      expect(Object.keys(card).sort()).toEqual(expect.arrayContaining(['handle', 'id', 'name']))
      expect(card).not.toHaveProperty('email')
      expect(card).not.toHaveProperty('role')
    }
  })

  it('GraphQL resolves co-authors with their public profile', async () => {
    const res = await clients.anonymous.graphql(
      `query($id: Int!) { Article(id: $id) { author { handle } coAuthors { name handle } } }`,
      { id: live },
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Article).toEqual({
      author: { handle: 'author' },
      coAuthors: [
        { name: 'Test author2', handle: 'author2' },
        { name: 'Test editor', handle: 'editor' },
      ],
    })
  })
})
