import type { Payload } from 'payload'

import { backfillCommentAuthorNames } from '../../src/commentGlue/authorNames'
import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'
import { publishNow } from '../helpers/similarFixtures'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let anonymous: ApiClient
let articleId: number | string

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  anonymous = new ApiClient(server.url)
  articleId = await publishNow(payload, accounts.author.id, { title: 'Talk to me', format: 'news' })
})

afterAll(async () => {
  await server?.close()
})

const COMMENT_QUERY = `query ($id: Int!) {
  Comment(id: $id) { id body authorName reader { id displayName email } }
}`
const COMMENTS_QUERY = `query ($article: JSON) {
  Comments(where: { article: { equals: $article } }) { docs { id body authorName } }
}`

async function postComment(body: string) {
  const res = await clients.reader.post('/api/comments', { article: articleId, body })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; authorName: string }
}

describe("a comment's author, for the public", () => {
  it("shows the reader's display name once approved, over REST and GraphQL, and nothing else", async () => {
    const comment = await postComment('First!')
    expect(comment.authorName).toBe('Test reader')

    // Pending: the public sees neither the comment nor its author.
    expect((await anonymous.get(`/api/comments/${comment.id}`)).status).toBe(404)
    const pending = await anonymous.graphql(COMMENTS_QUERY, { article: articleId })
    expect(pending.body.data.Comments.docs).toEqual([])

    expect(
      (await clients.editor.patch(`/api/comments/${comment.id}`, { status: 'approved' })).status,
    ).toBe(200)
    const rest = await anonymous.get(`/api/comments/${comment.id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(rest.body.authorName).toBe('Test reader')
    // The reader's account stays private: at most its id, never its fields.
    expect(typeof rest.body.reader).not.toBe('object')
    expect(JSON.stringify(rest.body)).not.toContain(accounts.reader.email)

    const graphql = await anonymous.graphql(COMMENT_QUERY, { id: comment.id })
    expect(graphql.body.data.Comment).toMatchObject({ authorName: 'Test reader', reader: null })
    expect(JSON.stringify(graphql.body)).not.toContain(accounts.reader.email)
    const list = await anonymous.graphql(COMMENTS_QUERY, { article: articleId })
    expect(list.body.data.Comments.docs).toEqual([
      { id: comment.id, body: 'First!', authorName: 'Test reader' },
    ])

    // The public still cannot read readers.
    expect((await anonymous.get(`/api/readers/${accounts.reader.id}`)).status).toBe(403)
  })

  it('follows the reader when they change their display name', async () => {
    const comment = await postComment('Second thoughts')
    await clients.editor.patch(`/api/comments/${comment.id}`, { status: 'approved' })
    const renamed = await clients.reader.patch(`/api/readers/${accounts.reader.id}`, {
      displayName: 'Drama Fan 99',
    })
    expect(renamed.status).toBe(200)
    try {
      expect((await anonymous.get(`/api/comments/${comment.id}`)).body.authorName).toBe(
        'Drama Fan 99',
      )
      // The other reader's comments keep their own name.
      const other = await clients.reader2.post('/api/comments', { article: articleId, body: 'Hi' })
      expect(other.body.doc.authorName).toBe('Test reader2')
    } finally {
      await clients.reader.patch(`/api/readers/${accounts.reader.id}`, {
        displayName: 'Test reader',
      })
    }
  })

  it('refuses an author name set by hand, and a display name that breaks the rules', async () => {
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    const forged = await clients.reader.post('/api/comments', {
      article: articleId,
      body: 'Posing as the editor',
      authorName: 'The Editor',
    })
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0].message).toMatch(/authorName.*display name/)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)

    const comment = await postComment('Mine')
    const edit = await clients.editor.patch(`/api/comments/${comment.id}`, {
      authorName: 'Someone else',
    })
    expect(edit.status).toBe(400)
    expect(
      (await payload.findByID({ collection: 'comments', id: comment.id, depth: 0 })).authorName,
    ).toBe('Test reader')

    const tooShort = await clients.reader.patch(`/api/readers/${accounts.reader.id}`, {
      displayName: 'x',
    })
    expect(tooShort.status).toBe(400)
    expect(
      (await payload.findByID({ collection: 'comments', id: comment.id, depth: 0 })).authorName,
    ).toBe('Test reader')
  })

  it('is filled on start for comments written before the field existed', async () => {
    const comment = await postComment('From the old days')
    await payload.db.updateOne({
      collection: 'comments',
      id: comment.id,
      data: { authorName: null },
      returning: false,
    })
    expect(await backfillCommentAuthorNames(payload)).toBe(1)
    const stored = await payload.findByID({ collection: 'comments', id: comment.id, depth: 0 })
    expect(stored.authorName).toBe('Test reader')
    expect(await backfillCommentAuthorNames(payload)).toBe(0)
  })
})
