import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { EmailOutbox } from '../helpers/captureEmail'
import { installEmailCapture } from '../helpers/captureEmail'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import { act, draftArticle, runWorkflowJobs } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let outbox: EmailOutbox
let anonymous: ApiClient
let admin: ApiClient
let editor: ApiClient
let author: ApiClient
let author2: ApiClient
let reader: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  outbox = installEmailCapture(payload)
  accounts = await createAccounts(payload)
  anonymous = new ApiClient(server.url)
  admin = await anonymous.as(accounts.admin)
  editor = await anonymous.as(accounts.editor)
  author = await anonymous.as(accounts.author)
  author2 = await anonymous.as(accounts.author2)
  reader = await anonymous.as(accounts.reader)
})

afterAll(async () => {
  await server.close()
})

const NOTES = '/api/editorial-notes'
const noteIds = (res: { body: { docs?: Array<{ id: unknown }> } }) =>
  (res.body.docs ?? []).map((doc) => doc.id)
const gqlNotes = (articleId: unknown) =>
  `{ EditorialNotes(where: { article: { equals: ${JSON.stringify(articleId)} } }) { docs { id body resolved author { id } } } }`

async function noteOn(client: ApiClient, article: unknown, body: string, extra = {}) {
  const res = await client.post(NOTES, { article, body, ...extra })
  if (res.status !== 201) throw new Error(`note: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc as Record<string, unknown> & { id: number | string }
}

describe('who sees an article’s notes', () => {
  it('staff who can read the article; never readers or anonymous callers', async () => {
    const articleId = await draftArticle(payload, accounts.author)
    const note = await noteOn(editor, articleId, 'The second item needs a source.', {
      anchor: 'item:2',
    })
    const list = `${NOTES}?where[article][equals]=${articleId}`

    expect(noteIds(await author.get(list))).toEqual([note.id])
    expect(noteIds(await admin.get(list))).toEqual([note.id])
    // Another author cannot read the draft, so not its notes either.
    expect(noteIds(await author2.get(list))).toEqual([])
    expect((await author2.get(`${NOTES}/${note.id}`)).status).toBe(404)
    for (const client of [reader, anonymous]) {
      expect((await client.get(list)).status).toBe(403)
      expect((await client.get(`${NOTES}/${note.id}`)).status).toBe(403)
      const gql = await client.graphql(gqlNotes(articleId))
      expect(gql.body.data?.EditorialNotes ?? null).toBeNull()
      expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await client.post(NOTES, { article: articleId, body: 'hi' })).status).toBe(403)
    }

    const gql = await author.graphql(gqlNotes(articleId))
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.EditorialNotes.docs).toEqual([
      {
        id: note.id,
        body: 'The second item needs a source.',
        resolved: false,
        author: { id: accounts.editor.id },
      },
    ])
    expect(
      noteIds(
        await author2
          .graphql(gqlNotes(articleId))
          .then((r) => ({ body: r.body.data.EditorialNotes })),
      ),
    ).toEqual([])

    // Once the article is published, every staff member can read it, and its notes.
    await act(payload, accounts.author, articleId, 'submit')
    await act(payload, accounts.admin, articleId, 'approve')
    await act(payload, accounts.admin, articleId, 'publish')
    expect(noteIds(await author2.get(list))).toEqual([note.id])
    expect((await reader.get(list)).status).toBe(403)
  })

  it('lists the notes with the workflow history (REST and GraphQL)', async () => {
    const articleId = await draftArticle(payload, accounts.author)
    const first = await noteOn(editor, articleId, 'Lead is buried.')
    const reply = await noteOn(author, articleId, 'Moved it up.', { parent: first.id })
    const state = await author.get(`/api/articles/${articleId}/workflow`)
    expect(state.status).toBe(200)
    expect(state.body.notes.map((n: { id: unknown; parent: unknown }) => [n.id, n.parent])).toEqual(
      [
        [first.id, null],
        [reply.id, first.id],
      ],
    )
    const gql = await editor.graphql(
      `{ workflowArticle(id: ${JSON.stringify(articleId)}) { notes { body parent { id } author { id } } } }`,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.workflowArticle.notes).toEqual([
      { body: 'Lead is buried.', parent: null, author: { id: accounts.editor.id } },
      { body: 'Moved it up.', parent: { id: first.id }, author: { id: accounts.author.id } },
    ])
  })
})

describe('writing notes', () => {
  it('sets the author from the login, threads replies on the same article only', async () => {
    const articleId = await draftArticle(payload, accounts.author)
    const other = await draftArticle(payload, accounts.author)
    const note = await noteOn(author, articleId, 'Is the episode number right?', {
      author: accounts.editor.id,
    })
    expect((note.author as { id: unknown }).id).toBe(accounts.author.id)
    const parentElsewhere = await noteOn(author, other, 'Elsewhere')
    const bad = await author.post(NOTES, {
      article: articleId,
      body: 'Reply',
      parent: parentElsewhere.id,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('same article')
    // Another author's draft is not there for author2.
    const hidden = await author2.post(NOTES, { article: articleId, body: 'Peek' })
    expect(hidden.status).toBe(404)
    const empty = await author.post(NOTES, { article: articleId })
    expect(empty.status).toBe(400)
    const count = await payload.count({
      collection: 'editorial-notes' as never,
      where: { article: { equals: articleId } },
    })
    expect(count.totalDocs).toBe(1)
  })

  it('lets readers of the note resolve and reopen it, but only its author reword it', async () => {
    const articleId = await draftArticle(payload, accounts.author)
    const note = await noteOn(editor, articleId, 'Check the cast list.')
    const resolved = await author.patch(`${NOTES}/${note.id}`, { resolved: true })
    expect(resolved.status).toBe(200)
    expect(resolved.body.doc.resolved).toBe(true)
    const reworded = await author.patch(`${NOTES}/${note.id}`, { body: 'Never mind' })
    expect(reworded.status).toBe(403)
    expect(reworded.body.errors[0].message).toContain('reply instead')
    const gql = await author.graphql(
      `mutation { updateEditorialNote(id: ${JSON.stringify(note.id)}, data: { resolved: false }) { resolved body } }`,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.updateEditorialNote).toEqual({
      resolved: false,
      body: 'Check the cast list.',
    })
    expect((await author.delete(`${NOTES}/${note.id}`)).status).toBe(403)
    expect((await reader.patch(`${NOTES}/${note.id}`, { resolved: true })).status).toBe(403)
  })

  it('e-mails the staff a note @mentions, once, through the jobs queue', async () => {
    // Earlier tests' workflow e-mails go out first.
    await runWorkflowJobs(payload)
    outbox.clear()
    const articleId = await draftArticle(payload, accounts.author, 'Mentions: the Signal recap')
    const note = await noteOn(
      author,
      articleId,
      '@editor can you check item 2? cc @nobody_here, kim@example.com, @author2 and @author (me)',
    )
    expect((note.mentions as Array<{ id: unknown }>).map((m) => m.id)).toEqual([
      accounts.editor.id,
      accounts.author.id,
    ])
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'showrunnerNoteMentionEmail' } },
      depth: 0,
    })
    expect(jobs.docs.map((job) => job.input)).toContainEqual({
      noteId: String(note.id),
      recipients: [String(accounts.editor.id)],
    })
    await runWorkflowJobs(payload)
    const mails = outbox.to(accounts.editor.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Mentions: the Signal recap')
    expect(mails[0]!.text).toContain('@editor can you check item 2?')
    expect(outbox.to(accounts.author.email)).toHaveLength(0)
    // author2 cannot read this draft: not mentioned, not mailed.
    expect(outbox.to(accounts.author2.email)).toHaveLength(0)

    // Editing the note without a new mention mails nobody again.
    outbox.clear()
    await author.patch(`${NOTES}/${note.id}`, { body: '@editor can you check item 3?' })
    await runWorkflowJobs(payload)
    expect(outbox.sent).toHaveLength(0)
  })

  it('go with their article', async () => {
    const articleId = await draftArticle(payload, accounts.author)
    await noteOn(editor, articleId, 'Doomed')
    expect((await editor.delete(`/api/articles/${articleId}`)).status).toBe(200)
    const count = await payload.count({
      collection: 'editorial-notes' as never,
      where: { article: { equals: articleId } },
    })
    expect(count.totalDocs).toBe(0)
  })
})
