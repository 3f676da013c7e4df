import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Id } from '../helpers/collectionApi'
import { collectionApi, expectStatus, idsOf, okStatus, PROTOCOLS } from '../helpers/collectionApi'
import type { Clients, Role } from '../helpers/roleClients'
import { logInAll, ROLES } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// Comments on a published article by the two readers: "reader" is the one whose client acts in the
// reader rows, "reader2" someone else.
const TARGETS = ['readerPending', 'readerApproved', 'reader2Pending', 'reader2Approved'] as const
type Target = (typeof TARGETS)[number]
const ALL = [...TARGETS]
const APPROVED: Target[] = ['readerApproved', 'reader2Approved']
const OWN: Target[] = ['readerPending', 'readerApproved']

// The policy from docs/access.md, written out independently of access/*.ts. `create` is the answer
// to a comment on a published article: allowed, or the refusal's status.
const POLICY: Record<
  Role,
  { create: 'ok' | 401 | 403; read: Target[]; update: Target[]; delete: Target[] }
> = {
  anonymous: { create: 401, read: APPROVED, update: [], delete: [] },
  reader: { create: 'ok', read: [...OWN, 'reader2Approved'], update: OWN, delete: OWN },
  author: { create: 403, read: APPROVED, update: [], delete: [] },
  editor: { create: 403, read: ALL, update: ALL, delete: ALL },
  admin: { create: 403, read: ALL, update: ALL, delete: ALL },
}

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let articleId: Id
const fixed = {} as Record<Target, Id>
let serial = 0

const names = { singular: 'Comment', plural: 'Comments', select: 'id body status' }

async function makeComment(target: Target) {
  const doc = await payload.create({
    collection: 'comments',
    data: {
      article: articleId,
      reader: (target.startsWith('reader2') ? accounts.reader2 : accounts.reader).id,
      body: `${target} ${++serial}`,
      status: target.endsWith('Approved') ? 'approved' : 'pending',
    },
    depth: 0,
  })
  return doc.id
}

const stored = (id: Id) =>
  payload.findByID({ collection: 'comments', id, depth: 0, disableErrors: true })
const countComments = async () => (await payload.count({ collection: 'comments' })).totalDocs

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  const article = await payload.create({
    collection: 'articles',
    data: {
      title: 'Ten kisses',
      format: 'listicle',
      author: accounts.author.id,
      _status: 'published',
    },
  })
  articleId = article.id
  for (const target of TARGETS) fixed[target] = await makeComment(target)
})

afterAll(async () => {
  await server.close()
})

describe.each(PROTOCOLS)('%s', (protocol) => {
  const api = collectionApi(protocol, 'comments', names)

  describe.each(ROLES)('%s', (role) => {
    const policy = POLICY[role]

    it(`${policy.create === 'ok' ? 'may' : 'may not'} comment on a published article`, async () => {
      const before = await countComments()
      const outcome = await api.create(clients[role], { article: articleId, body: 'Episode 9!' })
      if (policy.create !== 'ok') {
        expectStatus(
          outcome,
          policy.create,
          role === 'anonymous' ? /^Log in as a reader to comment\.$/ : /\w/,
        )
        expect(await countComments()).toBe(before)
        return
      }
      expectStatus(outcome, okStatus(protocol, 'create'))
      expect(await countComments()).toBe(before + 1)
      // The reader comes from the login, and new comments wait for moderation.
      expect(await stored(outcome.doc!.id)).toMatchObject({
        reader: accounts.reader.id,
        status: 'pending',
      })
    })

    it('lists exactly the comments it may read', async () => {
      const where = { or: TARGETS.map((target) => ({ id: { equals: fixed[target] } })) }
      const outcome = await api.find(clients[role], where)
      expectStatus(outcome, 200)
      expect(idsOf(outcome.docs)).toEqual(
        idsOf(policy.read.map((target) => ({ id: fixed[target] }))),
      )
    })

    it.each(TARGETS)('reads %s by id only if allowed', async (target) => {
      const outcome = await api.findByID(clients[role], fixed[target])
      expectStatus(outcome, policy.read.includes(target) ? 200 : 404)
    })

    // A refusal changes nothing, so it can be tried on the shared comment; an allowed change gets a
    // fresh one.
    it.each(TARGETS)('edits %s only if allowed', async (target) => {
      const id = policy.update.includes(target) ? await makeComment(target) : fixed[target]
      const before = await stored(id)
      const outcome = await api.update(clients[role], id, { body: 'Edited' })
      expectStatus(outcome, policy.update.includes(target) ? 200 : 403)
      expect((await stored(id))?.body).toBe(
        policy.update.includes(target) ? 'Edited' : before?.body,
      )
    })

    it.each(TARGETS)('deletes %s only if allowed', async (target) => {
      const id = policy.delete.includes(target) ? await makeComment(target) : fixed[target]
      const outcome = await api.delete(clients[role], id)
      expectStatus(outcome, policy.delete.includes(target) ? 200 : 403)
      expect(await stored(id)).toEqual(policy.delete.includes(target) ? null : expect.anything())
    })
  })

  describe('field rules', () => {
    it('refuses a reader who posts as another reader', async () => {
      const before = await countComments()
      const outcome = await api.create(clients.reader, {
        article: articleId,
        body: 'Forged',
        reader: accounts.reader2.id,
      })
      expectStatus(outcome, 403, /logged-in reader/)
      expect(await countComments()).toBe(before)
    })

    it('refuses a reader who approves their own new comment', async () => {
      const before = await countComments()
      const outcome = await api.create(clients.reader, {
        article: articleId,
        body: 'Approve me',
        status: 'approved',
      })
      expectStatus(outcome, 403, /Only editors can change the status/)
      expect(await countComments()).toBe(before)
    })

    it('refuses a reader who approves their pending comment', async () => {
      const id = await makeComment('readerPending')
      const outcome = await api.update(clients.reader, id, { status: 'approved' })
      expectStatus(outcome, 403, /Only editors can change the status/)
      expect((await stored(id))?.status).toBe('pending')
    })

    it('refuses a reader who hands their comment to another reader', async () => {
      const id = await makeComment('readerPending')
      const outcome = await api.update(clients.reader, id, { reader: accounts.reader2.id })
      expectStatus(outcome, 403, /logged-in reader/)
      expect((await stored(id))?.reader).toBe(accounts.reader.id)
    })

    it('sends an approved comment back to moderation when its reader edits it', async () => {
      const id = await makeComment('readerApproved')
      expectStatus(await api.update(clients.reader, id, { body: 'Second thoughts' }), 200)
      expect(await stored(id)).toMatchObject({ body: 'Second thoughts', status: 'pending' })
    })

    it.each(['editor', 'admin'] as const)('lets an %s moderate', async (role) => {
      const id = await makeComment('reader2Pending')
      expectStatus(await api.update(clients[role], id, { status: 'spam' }), 200)
      expect((await stored(id))?.status).toBe('spam')
    })
  })
})
