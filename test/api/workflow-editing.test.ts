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

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  anonymous = new ApiClient(server.url)
  admin = await anonymous.as(accounts.admin)
  editor = await anonymous.as(accounts.editor)
  author = await anonymous.as(accounts.author)
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

describe('editing', () => {
  it('lets an author change their article only while it is a draft or sent back', async () => {
    const id = await draftArticle(payload, accounts.author)
    expect((await author.patch(`/api/articles/${id}?draft=true`, { excerpt: 'One' })).status).toBe(
      200,
    )
    await act(payload, accounts.author, id, 'submit')
    const locked = await author.patch(`/api/articles/${id}?draft=true`, { excerpt: 'Two' })
    expect(locked.status).toBe(409)
    expect(locked.body.errors[0].message).toBe(
      'This article is in review — withdraw it first to edit it',
    )
    await act(payload, accounts.editor, id, 'request_changes', { note: 'Shorter' })
    expect((await author.patch(`/api/articles/${id}?draft=true`, { excerpt: 'Two' })).status).toBe(
      200,
    )
  })

  it('keeps the published version live and readable while a revision is reviewed', async () => {
    const id = await articleAfter('submit', 'approve', 'publish')
    const title = (await stored(payload, id)).live.title
    // A plain PATCH, not a draft save: it still must not touch the live version.
    const edit = await editor.patch(`/api/articles/${id}`, { title: `${title} (updated)` })
    expect(edit.status).toBe(200)
    const readable = await anonymous.get(`/api/articles/${id}`)
    expect(readable.status).toBe(200)
    expect(readable.body.title).toBe(title)
    expect((await stored(payload, id)).latest).toMatchObject({
      stage: 'draft',
      title: `${title} (updated)`,
    })

    await act(payload, accounts.editor, id, 'submit')
    await act(payload, accounts.admin, id, 'approve')
    expect((await anonymous.get(`/api/articles/${id}`)).body.title).toBe(title)
    await admin.post(`/api/articles/${id}/workflow`, { action: 'publish' })
    expect((await anonymous.get(`/api/articles/${id}`)).body.title).toBe(`${title} (updated)`)
    expect((await historyOf(payload, id)).map((entry) => entry.action)).toEqual([
      'submit',
      'approve',
      'publish',
      'revise',
      'submit',
      'approve',
      'publish',
    ])
  })

  it('takes an article off the site on unpublish, through the workflow only', async () => {
    const id = await articleAfter('submit', 'approve', 'publish')
    const native = await author.patch(`/api/articles/${id}`, { _status: 'draft' })
    expect(native.status).toBe(403)
    expect((await anonymous.get(`/api/articles/${id}`)).status).toBe(200)
    // The admin's Unpublish button sends exactly this; for an editor it is the unpublish action.
    const unpublish = await editor.patch(`/api/articles/${id}?unpublishAllLocales=true`, {
      _status: 'draft',
    })
    expect(unpublish.status).toBe(200)
    expect((await anonymous.get(`/api/articles/${id}`)).status).toBe(404)
    expect((await stored(payload, id)).live).toMatchObject({ stage: 'draft', _status: 'draft' })
    expect((await historyOf(payload, id)).at(-1)).toMatchObject({ action: 'unpublish' })
  })
})

describe('restoring a version', () => {
  it('works only as a draft, which then goes through review like any edit', async () => {
    const id = await articleAfter('submit', 'approve', 'publish')
    const { title } = (await stored(payload, id)).live
    expect((await editor.patch(`/api/articles/${id}`, { title: `${title} v2` })).status).toBe(200)
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
    })
    const version = docs[0].id
    const live = await editor.post(`/api/articles/versions/${version}`)
    expect(live.status).toBe(409)
    expect(live.body.errors[0].message).toMatch(/as a draft/)
    expect((await editor.post(`/api/articles/versions/${version}?draft=true`)).status).toBe(200)
    const after = await stored(payload, id)
    expect(after.live).toMatchObject({ title, _status: 'published', stage: 'draft' })
    expect(after.latest).toMatchObject({ title, stage: 'draft' })
  })
})

describe('history', () => {
  it('cannot be created, changed or deleted over REST, and is not in GraphQL', async () => {
    const id = await articleAfter('submit', 'approve')
    const [entry] = await historyOf(payload, id)
    const listed = await admin.get(`/api/workflow-events?where[article][equals]=${id}`)
    expect(listed.status).toBe(200)
    expect(listed.body.totalDocs).toBe(2)

    for (const client of [admin, editor, author]) {
      const forged = { article: id, key: `${id}:99`, seq: 99, action: 'publish', from: 'approved' }
      expect(
        (
          await client.post('/api/workflow-events', {
            ...forged,
            to: 'published',
            by: '1',
            at: new Date().toISOString(),
          })
        ).status,
      ).toBe(403)
      expect(
        (await client.patch(`/api/workflow-events/${entry.id}`, { note: 'rewritten' })).status,
      ).toBe(403)
      expect((await client.delete(`/api/workflow-events/${entry.id}`)).status).toBe(403)
      const update = await client.graphql(
        `mutation ($id: Int!) { updateWorkflowEvent(id: $id, data: { note: "rewritten" }) { id } }`,
        { id: Number(entry.id) },
      )
      // The history has no GraphQL operations at all (the workflow's own queries carry it).
      expect(update.body.errors?.[0]?.message).toMatch(/^Cannot query field "updateWorkflowEvent"/)
      const remove = await client.graphql(
        `mutation ($id: Int!) { deleteWorkflowEvent(id: $id) { id } }`,
        {
          id: Number(entry.id),
        },
      )
      expect(remove.body.errors?.[0]?.message).toMatch(/^Cannot query field "deleteWorkflowEvent"/)
    }
    expect(await historyOf(payload, id)).toEqual([entry, expect.anything()])
  })

  it('refuses even trusted Local API code, and goes only with its article', async () => {
    const id = await articleAfter('submit')
    const [entry] = await historyOf(payload, id)
    await expect(
      payload.update({ collection: 'workflow-events', id: entry.id, data: { note: 'x' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'workflow-events', id: entry.id }),
    ).rejects.toMatchObject({
      status: 403,
    })
    const other = await articleAfter('submit')
    await payload.delete({ collection: 'articles', id })
    expect(await historyOf(payload, id)).toEqual([])
    expect(await historyOf(payload, other)).toHaveLength(1)
  })
})
