import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import { act, draftArticle, historyOf, stored } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let anonymous: ApiClient
let admin: ApiClient
let editor: ApiClient
let author: ApiClient
let reader: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  anonymous = new ApiClient(server.url)
  admin = await anonymous.as(accounts.admin)
  editor = await anonymous.as(accounts.editor)
  author = await anonymous.as(accounts.author)
  reader = await anonymous.as(accounts.reader)
})

afterAll(async () => {
  await server.close()
})

/** An article by the test author, already moved through `actions` by an admin. */
async function articleAfter(...actions: string[]) {
  const id = await draftArticle(payload, accounts.author)
  for (const action of actions) await act(payload, accounts.admin, id, action)
  return id
}

const gqlState = (id: number | string) => `{
  workflowArticle(id: ${JSON.stringify(id)}) {
    stage assignee { id name } allowedActions
    history { action from to by { id name } isScheduled at note }
  }
}`

describe('GET /api/articles/:id/workflow', () => {
  it('answers stage, assignee, the caller’s allowed actions and the history', async () => {
    const id = await draftArticle(payload, accounts.author)
    await author.post(`/api/articles/${id}/workflow`, {
      action: 'submit',
      assignee: accounts.editor.id,
      note: 'Ready when you are',
    })
    const asAuthor = await author.get(`/api/articles/${id}/workflow`)
    expect(asAuthor.status).toBe(200)
    expect(asAuthor.body).toMatchObject({
      stage: 'in_review',
      assignee: String(accounts.editor.id),
      allowedActions: ['withdraw'],
    })
    expect(asAuthor.body.history).toEqual([
      {
        action: 'submit',
        from: 'draft',
        to: 'in_review',
        by: String(accounts.author.id),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        note: 'Ready when you are',
      },
    ])
    const asEditor = await editor.get(`/api/articles/${id}/workflow`)
    expect(asEditor.body.allowedActions).toEqual([
      'request_changes',
      'approve',
      'archive',
      'assign',
    ])

    // GraphQL: the same state, with people as Author documents and the stage and actions as enums.
    const gql = await editor.graphql(gqlState(id))
    expect(gql.body.errors).toBeUndefined()
    const staff = (account: { id: number | string }) => ({
      id: account.id,
      name: expect.any(String),
    })
    expect(gql.body.data.workflowArticle).toEqual({
      stage: 'in_review',
      assignee: staff(accounts.editor),
      allowedActions: asEditor.body.allowedActions,
      history: asAuthor.body.history.map((entry: Record<string, unknown>) => ({
        ...entry,
        by: staff(accounts.author),
        isScheduled: false,
      })),
    })
  })

  it('is for staff only, and hides other authors’ drafts', async () => {
    const id = await draftArticle(payload, accounts.editor)
    expect((await anonymous.get(`/api/articles/${id}/workflow`)).status).toBe(401)
    expect((await reader.get(`/api/articles/${id}/workflow`)).status).toBe(403)
    expect((await author.get(`/api/articles/${id}/workflow`)).status).toBe(404)
    expect(
      (await anonymous.post(`/api/articles/${id}/workflow`, { action: 'submit' })).status,
    ).toBe(401)
    const gql = await reader.graphql(gqlState(id))
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })
})

describe('POST /api/articles/:id/workflow', () => {
  it('refuses a stale expectedStage with 409 and changes nothing', async () => {
    const id = await articleAfter('submit')
    await editor.post(`/api/articles/${id}/workflow`, {
      action: 'approve',
      expectedStage: 'in_review',
    })
    const stale = await admin.post(`/api/articles/${id}/workflow`, {
      action: 'request_changes',
      note: 'Too late',
      expectedStage: 'in_review',
    })
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toContain('stage changed')
    expect((await stored(payload, id)).live.stage).toBe('approved')
    expect(await historyOf(payload, id)).toHaveLength(2)
  })

  it('says what is missing: a note, a future date, a known action', async () => {
    const id = await articleAfter('submit')
    const noNote = await editor.post(`/api/articles/${id}/workflow`, { action: 'request_changes' })
    expect(noNote).toMatchObject({ status: 400 })
    expect(noNote.body.errors[0].message).toMatch(/note/i)
    await act(payload, accounts.editor, id, 'approve')
    const past = await editor.post(`/api/articles/${id}/workflow`, {
      action: 'schedule',
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(past.status).toBe(400)
    expect((await editor.post(`/api/articles/${id}/workflow`, { action: 'promote' })).status).toBe(
      400,
    )
    expect((await stored(payload, id)).live.stage).toBe('approved')
  })

  it('stops editors approving their own article, but not admins', async () => {
    const id = await draftArticle(payload, accounts.editor)
    await act(payload, accounts.editor, id, 'submit')
    const own = await editor.post(`/api/articles/${id}/workflow`, { action: 'approve' })
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toMatch(/own article/)
    expect((await admin.post(`/api/articles/${id}/workflow`, { action: 'approve' })).status).toBe(
      200,
    )
  })
})

describe('POST /api/articles/workflow (bulk)', () => {
  it('answers per id and applies what it may', async () => {
    const inReview = await articleAfter('submit')
    const alsoInReview = await articleAfter('submit')
    const draft = await articleAfter()
    const res = await editor.post('/api/articles/workflow', {
      ids: [inReview, draft, alsoInReview, 999999],
      action: 'approve',
    })
    expect(res.status).toBe(200)
    expect(res.body.results).toEqual([
      { id: inReview, ok: true, status: 200, stage: 'approved' },
      { id: draft, ok: false, status: 409, message: expect.stringContaining('draft') },
      { id: alsoInReview, ok: true, status: 200, stage: 'approved' },
      { id: 999999, ok: false, status: 404, message: expect.any(String) },
    ])
    expect((await stored(payload, draft)).live.stage).toBe('draft')
    expect(
      (await author.post('/api/articles/workflow', { ids: [], action: 'approve' })).status,
    ).toBe(400)
  })
})

describe('the native routes to "published"', () => {
  const patch = (client: ApiClient, id: number | string, data: object, query = '') =>
    client.patch(`/api/articles/${id}${query}`, data)
  const gqlPublish = (client: ApiClient, id: number | string) =>
    client.graphql(
      `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { _status } }`,
      { id: Number(id) },
    )

  it('never lets an author publish, by REST or GraphQL', async () => {
    const id = await articleAfter('submit', 'approve')
    const rest = await patch(author, id, { _status: 'published' })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toMatch(/editors and admins/)
    const gql = await gqlPublish(author, id)
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await stored(payload, id)).live).toMatchObject({ _status: 'draft', stage: 'approved' })
    const create = await author.post('/api/articles', {
      title: 'Straight to print',
      format: 'news',
      _status: 'published',
    })
    expect(create.status).toBe(403)
  })

  it('lets an editor publish only an approved article, recording it', async () => {
    const inReview = await articleAfter('submit')
    const refused = await patch(editor, inReview, { _status: 'published' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/in review/)
    expect((await gqlPublish(editor, inReview)).body.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect((await stored(payload, inReview)).live._status).toBe('draft')

    const approved = await articleAfter('submit', 'approve')
    expect((await patch(editor, approved, { _status: 'published' })).status).toBe(200)
    expect((await stored(payload, approved)).live).toMatchObject({
      _status: 'published',
      stage: 'published',
    })
    const approvedToo = await articleAfter('submit', 'approve')
    expect((await gqlPublish(editor, approvedToo)).body.data.updateArticle._status).toBe(
      'published',
    )
    for (const id of [approved, approvedToo]) {
      expect((await historyOf(payload, id)).at(-1)).toMatchObject({
        action: 'publish',
        by: String(accounts.editor.id),
      })
    }
  })

  it('refuses direct writes of the stage, by REST and GraphQL', async () => {
    const id = await articleAfter()
    const rest = await patch(editor, id, { stage: 'published' })
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].message).toContain('workflow')
    const gql = await editor.graphql(
      `mutation ($id: Int!) { updateArticle(id: $id, data: { stage: published }) { stage } }`,
      { id: Number(id) },
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect((await stored(payload, id)).latest.stage).toBe('draft')
  })
})
