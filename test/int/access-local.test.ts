import type { Payload } from 'payload'

import type { Comment } from '../../src/payload-types'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { Role } from '../helpers/roleClients'
import { userOf } from '../helpers/roleClients'

// The Local API acting for a user (`overrideAccess: false` + `user`) must give the same answers as
// REST and GraphQL: a sample of the cells of docs/access.md.
let payload: Payload
let accounts: Accounts
const ids = {} as Record<'authorDraft' | 'author2Draft' | 'published', number | string>
const comments = {} as Record<'approved' | 'readerPending' | 'reader2Pending', number | string>

const as = (role: Role) => ({ overrideAccess: false, user: userOf(accounts, role), depth: 0 })
const sorted = (docs: Array<{ id: number | string }>) => docs.map((doc) => String(doc.id)).sort()
const idList = (...values: Array<number | string>) => values.map(String).sort()

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  const article = async (owner: 'author' | 'author2', status: 'draft' | 'published') => {
    const data = {
      title: `${owner} ${status}`,
      format: 'news' as const,
      author: accounts[owner].id,
    }
    return (await payload.create({ collection: 'articles', data: { ...data, _status: status } })).id
  }
  ids.authorDraft = await article('author', 'draft')
  ids.author2Draft = await article('author2', 'draft')
  ids.published = await article('author2', 'published')
  const comment = async (reader: 'reader' | 'reader2', status: Comment['status']) => {
    const data = { article: ids.published, reader: accounts[reader].id, body: 'Hi', status }
    return (await payload.create({ collection: 'comments', data })).id
  }
  comments.approved = await comment('reader2', 'approved')
  comments.readerPending = await comment('reader', 'pending')
  comments.reader2Pending = await comment('reader2', 'pending')
})

afterAll(async () => {
  await payload.destroy()
})

describe('reads', () => {
  it.each([
    ['anonymous', ['published']],
    ['reader', ['published']],
    ['author', ['authorDraft', 'published']],
    ['editor', ['authorDraft', 'author2Draft', 'published']],
  ] as const)('lists for %s only the articles it may read', async (role, visible) => {
    const { docs } = await payload.find({ collection: 'articles', ...as(role) })
    expect(sorted(docs)).toEqual(idList(...visible.map((key) => ids[key])))
  })

  it("hides another author's draft by id", async () => {
    await expect(
      payload.findByID({ collection: 'articles', id: ids.author2Draft, ...as('author') }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it.each([
    ['anonymous', ['approved']],
    ['reader', ['approved', 'readerPending']],
    ['editor', ['approved', 'readerPending', 'reader2Pending']],
  ] as const)('lists for %s only the comments it may read', async (role, visible) => {
    const { docs } = await payload.find({ collection: 'comments', ...as(role) })
    expect(sorted(docs)).toEqual(idList(...visible.map((key) => comments[key])))
  })

  it.each([
    ['editor', false],
    ['admin', true],
  ] as const)('shows %s reader e-mails: %s', async (role, isShown) => {
    const { docs } = await payload.find({ collection: 'readers', ...as(role) })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => Boolean(doc.email) === isShown)).toBe(true)
  })

  it.each([
    ['anonymous', false],
    ['reader', false],
    ['author', true],
  ] as const)('shows %s staff roles: %s', async (role, isShown) => {
    const doc = await payload.findByID({
      collection: 'authors',
      id: accounts.editor.id,
      ...as(role),
    })
    expect({ role: doc.role ?? null, email: doc.email ?? null }).toEqual({
      role: isShown ? 'editor' : null,
      email: null,
    })
  })
})

describe('writes', () => {
  it("refuses an author updating another author's article", async () => {
    const update = payload.update({
      collection: 'articles',
      id: ids.author2Draft,
      data: { title: 'Mine now' },
      ...as('author'),
    })
    await expect(update).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'articles', id: ids.author2Draft })).title).toBe(
      'author2 draft',
    )
  })

  it('refuses an author deleting a drama', async () => {
    const drama = await payload.create({
      collection: 'dramas',
      data: { title: 'Hwarang', episodes: 20 },
    })
    await expect(
      payload.delete({ collection: 'dramas', id: drama.id, ...as('author') }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await payload.findByID({ collection: 'dramas', id: drama.id })).toBeTruthy()
  })

  it('refuses an author raising their own role, with a message', async () => {
    const update = payload.update({
      collection: 'authors',
      id: accounts.author.id,
      data: { role: 'admin' },
      ...as('author'),
    })
    await expect(update).rejects.toMatchObject({
      status: 403,
      message: 'Only an admin can change a staff role.',
    })
    expect((await payload.findByID({ collection: 'authors', id: accounts.author.id })).role).toBe(
      'author',
    )
  })

  it('asks an anonymous commenter to log in', async () => {
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    const create = payload.create({
      collection: 'comments',
      data: { article: ids.published, body: 'Hello' },
      ...as('anonymous'),
    })
    await expect(create).rejects.toMatchObject({
      status: 401,
      message: 'Log in as a reader to comment.',
    })
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })

  it('posts a reader comment as that reader, pending moderation', async () => {
    const doc = await payload.create({
      collection: 'comments',
      data: { article: ids.published, body: 'Episode 9!' },
      ...as('reader'),
    })
    expect(doc).toMatchObject({ reader: accounts.reader.id, status: 'pending' })
  })

  it("refuses a reader editing another reader's comment", async () => {
    await expect(
      payload.update({
        collection: 'comments',
        id: comments.reader2Pending,
        data: { body: 'Changed' },
        ...as('reader'),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
