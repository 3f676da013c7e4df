import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../../src/options'
import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Id } from '../helpers/collectionApi'
import { collectionApi, expectStatus, PROTOCOLS } from '../helpers/collectionApi'
import type { ApiClient } from '../helpers/http'
import { mintReaders } from '../helpers/mintReaders'
import type { Clients, Role } from '../helpers/roleClients'
import { logInAll, ROLES } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let crowd: Array<{ id: Id; client: ApiClient }>
let article: Id
let serial = 0

const names = { singular: 'CommentReport', plural: 'CommentReports', select: 'id reason' }

async function comment(status: 'approved' | 'pending', by: 'reader' | 'reader2' = 'reader') {
  const doc = await payload.create({
    collection: 'comments',
    data: { article, reader: accounts[by].id, body: `Comment ${++serial}`, status },
    depth: 0,
  })
  return doc.id
}

const storedComment = (id: Id) =>
  payload.findByID({ collection: 'comments', id, depth: 0 }) as unknown as Promise<{
    status: string
    reportCount: number
    reportsReviewed: number
  }>

const report = (client: ApiClient, id: Id, reason = 'spoiler') =>
  client.post('/api/comment-reports', { comment: id, reason })

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  crowd = await mintReaders(payload, server.url, 5, 'reporter')
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: 'The finale, discussed',
      format: 'news',
      author: accounts.author.id,
      _status: 'published',
    },
    depth: 0,
  })
  article = doc.id
})

afterAll(async () => {
  await server.close()
})

describe.each(PROTOCOLS)('reports by role over %s', (protocol) => {
  const api = collectionApi(protocol, 'comment-reports', names)
  const CREATE: Record<Role, number> = {
    anonymous: 401,
    reader: 200,
    author: 403,
    editor: 403,
    admin: 403,
  }

  it.each(ROLES)('%s reporting a comment', async (role) => {
    const id = await comment('approved', 'reader2')
    const outcome = await api.create(clients[role], { comment: id, reason: 'spam' })
    if (CREATE[role] !== 200) {
      expectStatus(outcome, CREATE[role])
      expect((await storedComment(id)).reportCount).toBe(0)
      return
    }
    expectStatus(outcome, protocol === 'rest' ? 201 : 200)
    expect((await storedComment(id)).reportCount).toBe(1)
  })

  it('one report per reader; never one’s own comment, nor a comment one cannot see', async () => {
    const id = await comment('approved', 'reader2')
    await api.create(clients.reader, { comment: id })
    expectStatus(await api.create(clients.reader, { comment: id }), 409, /already reported/)
    const own = await comment('approved', 'reader')
    expectStatus(await api.create(clients.reader, { comment: own }), 400, /your own comment/)
    const hidden = await comment('pending', 'reader2')
    expectStatus(await api.create(clients.reader, { comment: hidden }), 400, /does not exist/)
    expect((await storedComment(id)).reportCount).toBe(1)
  })
})

describe('report threshold', () => {
  it('sends an approved comment back to the queue at the threshold, once per review', async () => {
    const threshold = getOptionsFromConfig(payload.config).moderation.reportThreshold
    expect(threshold).toBe(3)
    const id = await comment('approved', 'reader2')
    for (const reporter of crowd.slice(0, threshold - 1)) {
      expect((await report(reporter.client, id)).status).toBe(201)
    }
    expect(await storedComment(id)).toMatchObject({ status: 'approved', reportCount: 2 })
    expect((await clients.anonymous.get(`/api/comments/${id}`)).status).toBe(200)

    expect((await report(crowd[threshold - 1].client, id, 'abuse')).status).toBe(201)
    expect(await storedComment(id)).toMatchObject({ status: 'pending', reportCount: 3 })
    // Off the site until a moderator looks again.
    expect((await clients.anonymous.get(`/api/comments/${id}`)).status).toBe(404)

    const approved = await clients.editor.post('/api/comments/moderate', {
      ids: [id],
      action: 'approve',
    })
    expect(approved.status).toBe(200)
    expect(approved.body.results).toEqual([
      { id, ok: true, status: 200, commentStatus: 'approved' },
    ])
    expect(await storedComment(id)).toMatchObject({ status: 'approved', reportsReviewed: 3 })
    // Reports the moderator weighed do not count again: one more is not enough.
    expect((await report(crowd[threshold].client, id)).status).toBe(201)
    expect(await storedComment(id)).toMatchObject({ status: 'approved', reportCount: 4 })
  })

  it('follows the configured threshold', async () => {
    const options = getOptionsFromConfig(payload.config)
    options.moderation.reportThreshold = 1
    try {
      const id = await comment('approved', 'reader2')
      expect((await report(crowd[4].client, id)).status).toBe(201)
      expect((await storedComment(id)).status).toBe('pending')
    } finally {
      options.moderation.reportThreshold = 3
    }
  })

  it('refuses setting the report counts by hand', async () => {
    const id = await comment('approved', 'reader2')
    const res = await clients.editor.patch(`/api/comments/${id}`, { reportCount: 10 })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/counted from readers' reports/)
  })
})

describe('bulk moderation', () => {
  const STATUS: Record<Role, number> = {
    anonymous: 401,
    reader: 403,
    author: 403,
    editor: 200,
    admin: 200,
  }

  it.each(ROLES)('%s approving, rejecting and marking as spam', async (role) => {
    const ids = [await comment('pending'), await comment('pending'), await comment('pending')]
    for (const [index, action] of (['approve', 'reject', 'spam'] as const).entries()) {
      const res = await clients[role].post('/api/comments/moderate', { ids: [ids[index]], action })
      expect(res.status).toBe(STATUS[role])
    }
    const statuses = await Promise.all(ids.map(async (id) => (await storedComment(id)).status))
    expect(statuses).toEqual(
      STATUS[role] === 200 ? ['approved', 'rejected', 'spam'] : ['pending', 'pending', 'pending'],
    )
  })

  it('answers per comment and refuses bad input with a message', async () => {
    const id = await comment('pending')
    const res = await clients.editor.post('/api/comments/moderate', {
      ids: [id, 999999, 'nope'],
      action: 'spam',
    })
    expect(res.status).toBe(200)
    expect(res.body.results.map((result: { ok: boolean }) => result.ok)).toEqual([
      true,
      false,
      false,
    ])
    for (const body of [
      { ids: [id], action: 'delete' },
      { ids: [], action: 'approve' },
      { ids: 'all', action: 'approve' },
    ]) {
      const bad = await clients.editor.post('/api/comments/moderate', body)
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].message).toMatch(/Send '(action|ids)'/)
    }
  })

  it('GraphQL: moderators set a comment’s status, readers cannot', async () => {
    const id = await comment('pending')
    const mutation = `mutation($id: Int!) { updateComment(id: $id, data: { status: approved }) { status } }`
    const reader = await clients.reader.graphql(mutation, { id })
    expect(reader.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const editor = await clients.editor.graphql(mutation, { id })
    expect(editor.body.data.updateComment.status).toBe('approved')
  })
})
