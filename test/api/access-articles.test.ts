import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Id } from '../helpers/collectionApi'
import { collectionApi, expectStatus, idsOf, okStatus, PROTOCOLS } from '../helpers/collectionApi'
import type { Clients, Role } from '../helpers/roleClients'
import { logInAll, ROLES } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// Four articles by the two staff authors: "author" is the one whose client acts in the author rows,
// "author2" is someone else.
const TARGETS = ['authorDraft', 'authorPublished', 'author2Draft', 'author2Published'] as const
type Target = (typeof TARGETS)[number]
const ALL = [...TARGETS]
const PUBLISHED: Target[] = ['authorPublished', 'author2Published']

// The policy from docs/access.md, written out independently of access/*.ts. `locked`: the author's
// own published article, which access allows but the editorial workflow refuses to change (409) until
// an editor unpublishes it. `pendingDraft`: sees the unpublished edit of a published article;
// `versions`: whose version history it can list.
type Policy = {
  create: boolean
  read: Target[]
  update: Target[]
  locked: Target[]
  delete: Target[]
  pendingDraft: boolean
  versions: 'none' | 'own' | 'all'
}
const NONE: Policy = {
  ...{ create: false, read: PUBLISHED, update: [], locked: [], delete: [] },
  ...{ pendingDraft: false, versions: 'none' },
}
const EVERYTHING: Policy = {
  ...{ create: true, read: ALL, update: ALL, locked: [], delete: ALL },
  ...{ pendingDraft: true, versions: 'all' },
}
const POLICY: Record<Role, Policy> = {
  anonymous: NONE,
  reader: NONE,
  author: {
    create: true,
    read: ['authorDraft', 'authorPublished', 'author2Published'],
    update: ['authorDraft'],
    locked: ['authorPublished'],
    delete: ['authorDraft'],
    pendingDraft: false,
    versions: 'own',
  },
  editor: EVERYTHING,
  admin: EVERYTHING,
}

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
const fixed = {} as Record<Target, Id>
let withPendingDraft: Id
let serial = 0

const names = { singular: 'Article', plural: 'Articles', select: 'id title _status author { id }' }

async function makeArticle(target: Target, title = `${target} ${++serial}`) {
  const owner = target.startsWith('author2') ? accounts.author2 : accounts.author
  const status = target.endsWith('Draft') ? 'draft' : 'published'
  const doc = await payload.create({
    collection: 'articles',
    data: { title, format: 'news', author: owner.id, _status: status },
    depth: 0,
  })
  return doc.id
}

// The latest version: an edit of a live article may be kept as a draft until it is published again.
const stored = (id: Id) =>
  payload.findByID({ collection: 'articles', id, depth: 0, draft: true, disableErrors: true })

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  for (const target of TARGETS) fixed[target] = await makeArticle(target)
  withPendingDraft = await makeArticle('author2Published', 'Live title')
  await payload.update({
    collection: 'articles',
    id: withPendingDraft,
    data: { title: 'Unpublished edit' },
    draft: true,
  })
})

afterAll(async () => {
  await server.close()
})

describe.each(PROTOCOLS)('%s', (protocol) => {
  const api = collectionApi(protocol, 'articles', names)

  describe.each(ROLES)('%s', (role) => {
    const policy = POLICY[role]
    const client = () => clients[role]

    it(`${policy.create ? 'may' : 'may not'} create an article`, async () => {
      const before = (await payload.count({ collection: 'articles' })).totalDocs
      // GraphQL makes `author` a required input; REST leaves it to default to the creator.
      const self = role === 'anonymous' || role === 'reader' ? accounts.author : accounts[role]
      const data = { title: `New by ${role} over ${protocol}`, format: 'news' }
      const outcome = await api.create(
        client(),
        protocol === 'graphql' ? { ...data, author: self.id } : data,
      )
      const after = (await payload.count({ collection: 'articles' })).totalDocs
      if (!policy.create) {
        expectStatus(outcome, 403)
        expect(after).toBe(before)
        return
      }
      expectStatus(outcome, okStatus(protocol, 'create'))
      expect(after).toBe(before + 1)
      expect((await stored(outcome.doc!.id))?.author).toBe(self.id)
    })

    it('lists exactly the articles it may read', async () => {
      const where = { or: Object.values(fixed).map((id) => ({ id: { equals: id } })) }
      const outcome = await api.find(client(), where)
      expectStatus(outcome, 200)
      expect(idsOf(outcome.docs)).toEqual(
        idsOf(policy.read.map((target) => ({ id: fixed[target] }))),
      )
    })

    it.each(TARGETS)(`reads %s by id only if allowed`, async (target) => {
      const outcome = await api.findByID(client(), fixed[target])
      if (policy.read.includes(target)) {
        expectStatus(outcome, 200)
        expect(String(outcome.doc?.id)).toBe(String(fixed[target]))
      } else {
        expectStatus(outcome, 404)
        expect(outcome.doc ?? null).toBeNull()
      }
    })

    it(`${policy.pendingDraft ? 'sees' : 'does not see'} the unpublished edit of a live article`, async () => {
      const outcome = await api.findByID(client(), withPendingDraft, { draft: true })
      expectStatus(outcome, 200)
      expect(outcome.doc?.title).toBe(policy.pendingDraft ? 'Unpublished edit' : 'Live title')
    })

    it(`lists ${policy.versions === 'none' ? 'no' : policy.versions} version history`, async () => {
      const parents = Object.values(fixed)
      const res =
        protocol === 'rest'
          ? await client().get(
              `/api/articles/versions?depth=0&limit=50&${parents.map((id, i) => `where[parent][in][${i}]=${id}`).join('&')}`,
            )
          : await client().graphql(
              `query($ids: [JSON]) { versionsArticles(where: { parent: { in: $ids } }, limit: 50) {
                docs { parent { id } } } }`,
              { ids: parents },
            )
      const error = protocol === 'rest' ? res.body.errors?.[0] : res.body.errors?.[0]
      if (policy.versions === 'none') {
        const status = protocol === 'rest' ? res.status : error?.extensions?.statusCode
        expect({ status, message: error?.message }).toEqual({
          status: 403,
          message: expect.any(String),
        })
        return
      }
      const docs = protocol === 'rest' ? res.body.docs : res.body.data.versionsArticles.docs
      const seen = new Set(
        docs.map((doc: { parent?: Id | { id: Id } }) =>
          String(typeof doc.parent === 'object' ? doc.parent.id : doc.parent),
        ),
      )
      const expected = TARGETS.filter(
        (target) => policy.versions === 'all' || !target.startsWith('author2'),
      )
      expect([...seen].sort()).toEqual(idsOf(expected.map((target) => ({ id: fixed[target] }))))
    })

    // A refusal changes nothing, so it can be tried on the shared article; an allowed change gets a
    // fresh one.
    it.each(TARGETS)('updates %s only if allowed', async (target) => {
      const id = policy.update.includes(target) ? await makeArticle(target) : fixed[target]
      const before = await stored(id)
      const outcome = await api.update(client(), id, { title: 'Edited' })
      if (policy.update.includes(target)) {
        expectStatus(outcome, 200)
        expect((await stored(id))?.title).toBe('Edited')
      } else {
        expectStatus(outcome, policy.locked.includes(target) ? 409 : 403)
        expect((await stored(id))?.title).toBe(before?.title)
      }
    })

    it.each(TARGETS)('deletes %s only if allowed', async (target) => {
      const id = policy.delete.includes(target) ? await makeArticle(target) : fixed[target]
      const outcome = await api.delete(client(), id)
      if (policy.delete.includes(target)) {
        expectStatus(outcome, 200)
        expect(await stored(id)).toBeNull()
      } else {
        expectStatus(outcome, 403)
        expect(await stored(id)).not.toBeNull()
      }
    })
  })

  describe('the author field', () => {
    it('refuses an author who names another author on a new article', async () => {
      const before = (await payload.count({ collection: 'articles' })).totalDocs
      const outcome = await api.create(clients.author, {
        title: 'Forged',
        format: 'news',
        author: accounts.author2.id,
      })
      expectStatus(outcome, 403, /another author/)
      expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
    })

    it('refuses an author who hands their article to another author', async () => {
      const id = await makeArticle('authorDraft')
      const outcome = await api.update(clients.author, id, { author: accounts.author2.id })
      expectStatus(outcome, 403, /another author/)
      expect((await stored(id))?.author).toBe(accounts.author.id)
    })

    it('lets an editor reassign an article', async () => {
      const id = await makeArticle('authorDraft')
      const outcome = await api.update(clients.editor, id, { author: accounts.author2.id })
      expectStatus(outcome, 200)
      expect((await stored(id))?.author).toBe(accounts.author2.id)
    })
  })
})
