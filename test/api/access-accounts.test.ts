import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Account, Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'
import type { Doc, Id, Protocol } from '../helpers/collectionApi'
import { collectionApi, expectStatus, idsOf, okStatus, PROTOCOLS } from '../helpers/collectionApi'
import type { Clients, Role, RoleClient } from '../helpers/roleClients'
import { logIn, logInAll, ROLES } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// The policy for accounts, written out from docs/access.md independently of access/*.ts.
// Staff (authors collection): everyone reads the public profiles. `own` is the caller's staff account,
// `other` another staff member; `email`/`role`: whose e-mail it sees, and whether it sees roles.
type Whose = 'own' | 'other'
const STAFF: Record<
  Role,
  { create: boolean; update: Whose[]; delete: Whose[]; email: Whose[]; role: boolean }
> = {
  anonymous: { create: false, update: [], delete: [], email: [], role: false },
  reader: { create: false, update: [], delete: [], email: [], role: false },
  author: { create: false, update: ['own'], delete: [], email: ['own'], role: true },
  editor: { create: false, update: ['own'], delete: [], email: ['own'], role: true },
  admin: {
    create: true,
    update: ['own', 'other'],
    delete: ['other'],
    email: ['own', 'other'],
    role: true,
  },
}
// Site readers: anyone signs up. `read: null` is refused outright (403); `own` is the caller's reader
// account, `other` another reader's.
const READERS: Record<
  Role,
  { create: boolean; read: Whose[] | null; update: Whose[]; delete: Whose[]; email: Whose[] }
> = {
  anonymous: { create: true, read: null, update: [], delete: [], email: [] },
  reader: { create: true, read: ['own'], update: ['own'], delete: ['own'], email: ['own'] },
  author: { create: true, read: null, update: [], delete: [], email: [] },
  editor: { create: true, read: ['other'], update: [], delete: [], email: [] },
  admin: { create: true, read: ['other'], update: ['other'], delete: ['other'], email: ['other'] },
}

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let serial = 0

const staffNames = { singular: 'Author', plural: 'Authors', select: 'id name email role' }
const readerNames = { singular: 'Reader', plural: 'Readers', select: 'id displayName email' }
const isStaff = (role: Role) => role === 'author' || role === 'editor' || role === 'admin'

const newStaff = () => {
  const key = `staff${++serial}`
  return payload.create({
    collection: 'authors',
    data: { email: `${key}@test.showrunner`, password: PASSWORD, name: key, handle: key },
  })
}
const newReader = async (): Promise<Account> => {
  const email = `reader${++serial}@test.showrunner`
  const doc = await payload.create({
    collection: 'readers',
    data: { email, password: PASSWORD, displayName: `Reader ${serial}` },
  })
  return {
    id: doc.id,
    email,
    role: 'reader',
    collection: 'readers',
    user: { ...doc, collection: 'readers' },
  }
}
const stored = (collection: 'authors' | 'readers', id: Id) =>
  payload.findByID({ collection, id, depth: 0, disableErrors: true }) as Promise<Doc | null>

/**
 * The account a target means for a role, and the client that acts on it. Accounts cost ~0.3 s each,
 * so a fresh one is made only where the account is expected to be deleted; other tests act on the
 * standing accounts (author2, reader2) with changes that do not disturb later tests.
 */
async function staffTarget(role: Role, whose: Whose, isFresh = false): Promise<Id> {
  if (whose === 'own') return accounts[role as 'author'].id
  return isFresh ? (await newStaff()).id : accounts.author2.id
}
async function readerTarget(role: Role, whose: Whose, isFresh = false): Promise<[Id, RoleClient]> {
  if (!isFresh) return [(whose === 'own' ? accounts.reader : accounts.reader2).id, clients[role]]
  const account = await newReader()
  // A reader deleting its own account logs in as a fresh one.
  return [account.id, whose === 'own' ? await logIn(server.url, account) : clients[role]]
}

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
})

afterAll(async () => {
  await server.close()
})

describe.each(PROTOCOLS)('%s', (protocol: Protocol) => {
  const staffApi = collectionApi(protocol, 'authors', staffNames)
  const readerApi = collectionApi(protocol, 'readers', readerNames)

  describe.each(ROLES)('%s', (role) => {
    const staff = STAFF[role]
    const readers = READERS[role]
    const mine: Whose[] = isStaff(role) ? ['own', 'other'] : ['other']

    it(`${staff.create ? 'may' : 'may not'} create a staff account`, async () => {
      const before = (await payload.count({ collection: 'authors' })).totalDocs
      const key = `new${++serial}`
      const outcome = await staffApi.create(clients[role], {
        ...{ email: `${key}@test.showrunner`, password: PASSWORD, name: key, handle: key },
        role: 'author',
      })
      const after = (await payload.count({ collection: 'authors' })).totalDocs
      expectStatus(outcome, staff.create ? okStatus(protocol, 'create') : 403)
      expect(after).toBe(staff.create ? before + 1 : before)
    })

    it('reads staff profiles, with e-mail and role only where allowed', async () => {
      const outcome = await staffApi.find(clients[role], {})
      expectStatus(outcome, 200)
      expect(outcome.docs).toHaveLength((await payload.count({ collection: 'authors' })).totalDocs)
      for (const whose of mine) {
        const account = whose === 'own' ? accounts[role as 'author'] : accounts.author2
        const doc = outcome.docs?.find((found) => String(found.id) === String(account.id))
        expect({ whose, email: doc?.email ?? null, role: doc?.role ?? null }).toEqual({
          whose,
          email: staff.email.includes(whose) ? account.email : null,
          role: staff.role ? account.role : null,
        })
      }
    })

    it.each(mine)(`updates the %s staff account only if allowed`, async (whose) => {
      const id = await staffTarget(role, whose)
      const bio = `Bio ${++serial}`
      const outcome = await staffApi.update(clients[role], id, { bio })
      expectStatus(outcome, staff.update.includes(whose) ? 200 : 403)
      expect((await stored('authors', id))?.bio === bio).toBe(staff.update.includes(whose))
    })

    // The admin's own account stays: the later tests act through it.
    it.each(role === 'admin' ? (['other'] as Whose[]) : mine)(
      `deletes the %s staff account only if allowed`,
      async (whose) => {
        const id = await staffTarget(role, whose, staff.delete.includes(whose))
        const outcome = await staffApi.delete(clients[role], id)
        expectStatus(outcome, staff.delete.includes(whose) ? 200 : 403)
        expect(await stored('authors', id)).toEqual(
          staff.delete.includes(whose) ? null : expect.anything(),
        )
      },
    )

    it(`${readers.create ? 'may' : 'may not'} sign up a reader`, async () => {
      const before = (await payload.count({ collection: 'readers' })).totalDocs
      const email = `signup${++serial}@test.showrunner`
      const outcome = await readerApi.create(clients[role], {
        email,
        password: PASSWORD,
        displayName: 'New',
      })
      expectStatus(outcome, readers.create ? okStatus(protocol, 'create') : 403)
      const after = (await payload.count({ collection: 'readers' })).totalDocs
      expect(after).toBe(readers.create ? before + 1 : before)
    })

    it('reads only the reader accounts it may, e-mail only where allowed', async () => {
      const outcome = await readerApi.find(clients[role], {})
      if (readers.read === null) {
        expectStatus(outcome, 403)
        return
      }
      expectStatus(outcome, 200)
      const own = role === 'reader' ? [accounts.reader] : []
      const expected = readers.read.includes('other')
        ? (await payload.find({ collection: 'readers', limit: 0, depth: 0 })).docs
        : own
      expect(idsOf(outcome.docs)).toEqual(idsOf(expected))
      for (const doc of outcome.docs ?? []) {
        const whose: Whose =
          role === 'reader' && String(doc.id) === String(accounts.reader.id) ? 'own' : 'other'
        expect({ id: doc.id, hasEmail: Boolean(doc.email) }).toEqual({
          id: doc.id,
          hasEmail: readers.email.includes(whose),
        })
      }
    })

    it("reads another reader's account by id only if allowed", async () => {
      const outcome = await readerApi.findByID(clients[role], accounts.reader2.id)
      const canRead = readers.read?.includes('other')
      expectStatus(outcome, readers.read === null ? 403 : canRead ? 200 : 404)
    })

    const readerTargets: Whose[] = role === 'reader' ? ['own', 'other'] : ['other']

    it.each(readerTargets)(`updates the %s reader account only if allowed`, async (whose) => {
      const [id, client] = await readerTarget(role, whose)
      const displayName = `Renamed ${++serial}`
      const outcome = await readerApi.update(client, id, { displayName })
      expectStatus(outcome, readers.update.includes(whose) ? 200 : 403)
      expect((await stored('readers', id))?.displayName === displayName).toBe(
        readers.update.includes(whose),
      )
    })

    it.each(readerTargets)(`deletes the %s reader account only if allowed`, async (whose) => {
      const [id, client] = await readerTarget(role, whose, readers.delete.includes(whose))
      const outcome = await readerApi.delete(client, id)
      expectStatus(outcome, readers.delete.includes(whose) ? 200 : 403)
      expect(await stored('readers', id)).toEqual(
        readers.delete.includes(whose) ? null : expect.anything(),
      )
    })
  })

  describe('roles', () => {
    it.each(['author', 'editor'] as const)(
      'refuses an %s who raises their own role',
      async (role) => {
        const outcome = await staffApi.update(clients[role], accounts[role].id, { role: 'admin' })
        expectStatus(outcome, 403, /Only an admin can change a staff role/)
        expect((await stored('authors', accounts[role].id))?.role).toBe(role)
      },
    )

    it('lets an admin change a role', async () => {
      const { id } = await newStaff()
      const outcome = await staffApi.update(clients.admin, id, { role: 'editor' })
      expectStatus(outcome, 200)
      expect((await stored('authors', id))?.role).toBe('editor')
    })
  })
})

// Payload's own rule for the `sessions` field compares ids only, and reader 1 and staff member 1
// share an id on SQL databases.
it.each(ROLES)('shows %s no other account’s sessions', async (role) => {
  const self = role === 'anonymous' ? null : accounts[role]
  const lists = [await clients[role].get('/api/authors?limit=50&depth=0')]
  if (role !== 'anonymous' && role !== 'author')
    lists.push(await clients[role].get('/api/readers?limit=50&depth=0'))
  const leaked = lists
    .flatMap((res) => res.body.docs as Doc[])
    .filter(
      (doc) => !(self && doc.collection === self.collection && String(doc.id) === String(self.id)),
    )
    .filter((doc) => Array.isArray(doc.sessions) && doc.sessions.length > 0)
    .map((doc) => `${doc.collection} ${doc.id}`)
  expect(leaked).toEqual([])
})
