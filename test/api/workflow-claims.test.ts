import type { CollectionBeforeChangeHook, Payload } from 'payload'
import { APIError, createLocalReq } from 'payload'

import type { RunningServer } from '../../src/server'
import { scheduledPublishTask } from '../../src/jobs/scheduledPublishTask'
import { CLAIM_TTL_MS } from '../../src/workflowGlue/workflowRow'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import { act, draftArticle, historyOf, sleep, stored } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let admin: ApiClient
let editor: ApiClient

/** What the article write after the workflow's own hook does for one article: wait, or fail. */
let target: { id: string; hold?: Promise<void>; onHeld?: () => void; fail?: string } | null = null

// Runs after the plugin's hooks, where validation and the database write would: it widens the
// window between a publish's claim and its write, or fails the write, for one article.
const afterTheClaim: CollectionBeforeChangeHook = async ({ data, originalDoc }) => {
  const current = target
  if (!current || String(originalDoc?.id) !== current.id) return data
  if (current.fail) throw new APIError(current.fail, 400, null, true)
  if (current.hold) {
    const { hold, onHeld } = current
    current.hold = undefined
    onHeld?.()
    await hold
  }
  return data
}

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  payload.collections.articles.config.hooks.beforeChange.push(afterTheClaim)
  accounts = await createAccounts(payload)
  const anonymous = new ApiClient(server.url)
  admin = await anonymous.as(accounts.admin)
  editor = await anonymous.as(accounts.editor)
})

afterEach(() => {
  target = null
})

afterAll(async () => {
  await server.close()
})

async function approvedArticle() {
  const id = await draftArticle(payload, accounts.author)
  await act(payload, accounts.author, id, 'submit')
  await act(payload, accounts.admin, id, 'approve')
  return id
}

const publish = (client: ApiClient, id: number | string) =>
  client.post(`/api/articles/${id}/workflow`, { action: 'publish' })
const publishNatively = (client: ApiClient, id: number | string) =>
  client.patch(`/api/articles/${id}`, { _status: 'published' })
const idType = () => (payload.db.defaultIDType === 'number' ? 'Int' : 'String')
const publishByGraphQL = (client: ApiClient, id: number | string) =>
  client.graphql(
    `mutation ($id: ${idType()}!) { updateArticle(id: $id, data: { _status: published }) { _status } }`,
    { id: payload.db.defaultIDType === 'number' ? Number(id) : String(id) },
  )

describe('a publish between its claim and its write', () => {
  it('holds the article: other publishes, by the endpoint or natively, get 409', async () => {
    const id = await approvedArticle()
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      target = { id: String(id), hold: new Promise((done) => (release = done)), onHeld: resolve }
    })
    const first = publish(editor, id)
    await held
    const others = Promise.all([publish(admin, id), publishNatively(admin, id)])
    // Where a transaction holds the row (PostgreSQL), the others wait for it; give them the time
    // to reach it, then let the first write finish.
    await Promise.race([others, sleep(300)])
    release()
    expect((await first).status).toBe(200)
    const [viaEndpoint, viaPatch] = await others
    for (const res of [viaEndpoint, viaPatch]) {
      expect(res.status).toBe(409)
      // Busy where the claim is visible (SQLite); where a transaction held the row (PostgreSQL),
      // the others waited for its commit and found the stage moved.
      expect(res.body.errors[0].message).toMatch(/being saved right now|stage changed/)
    }
    expect((await historyOf(payload, id)).map((entry) => entry.action)).toEqual([
      'submit',
      'approve',
      'publish',
    ])
    expect((await stored(payload, id)).live).toMatchObject({
      stage: 'published',
      _status: 'published',
      workflowSeq: 3,
    })
  })

  it('gives the step back when the write fails, by every route', async () => {
    const id = await approvedArticle()
    const before = (await stored(payload, id)).live
    target = { id: String(id), fail: 'The draft does not validate' }
    for (const attempt of [publish, publishNatively]) {
      const res = await attempt(editor, id)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe('The draft does not validate')
    }
    const gql = await publishByGraphQL(editor, id)
    expect(gql.body.errors?.[0]?.message).toBe('The draft does not validate')
    // As it was: no step taken, and nothing for caches keyed on the article's updatedAt to see.
    expect((await stored(payload, id)).live).toMatchObject({
      stage: 'approved',
      workflowSeq: 2,
      updatedAt: before.updatedAt,
    })

    // Not held until the claim expires: the next publish goes through at once.
    target = null
    expect((await publish(editor, id)).status).toBe(200)
    expect((await historyOf(payload, id)).at(-1)).toMatchObject({ action: 'publish', seq: 3 })
  })

  it('holds for a while at most: a claim nobody released expires', async () => {
    const id = await approvedArticle()
    const claim = (claimedAt: number) =>
      payload.db.updateOne({
        collection: 'articles',
        id,
        data: { workflowSeq: -3, updatedAt: new Date(claimedAt).toISOString() },
        returning: false,
      })
    await claim(Date.now())
    for (const res of [await publish(editor, id), await publishNatively(editor, id)]) {
      expect(res.status).toBe(409)
      expect(res.body.errors[0].message).toMatch(/being saved right now — try again in a moment/)
    }

    await claim(Date.now() - CLAIM_TTL_MS - 1000)
    expect((await publish(editor, id)).status).toBe(200)
    // The abandoned claim's number is not reused.
    expect((await historyOf(payload, id)).at(-1)).toMatchObject({ action: 'publish', seq: 4 })
    expect((await stored(payload, id)).live).toMatchObject({ stage: 'published', workflowSeq: 4 })
  })

  it('makes the scheduler retry, not skip, a publish that meets a claim', async () => {
    const id = await approvedArticle()
    const publishAt = new Date(Date.now() + 1500)
    await act(payload, accounts.editor, id, 'schedule', { publishAt: publishAt.toISOString() })
    while (Date.now() <= publishAt.getTime()) await sleep(100)
    const setSeq = (workflowSeq: number) =>
      payload.db.updateOne({
        collection: 'articles',
        id,
        data: { workflowSeq, updatedAt: new Date().toISOString() },
        returning: false,
      })
    await setSeq(-4)
    const handler = scheduledPublishTask.handler as (args: unknown) => Promise<unknown>
    const run = async () =>
      handler({
        input: { articleId: String(id) },
        req: await createLocalReq({}, payload),
      })
    // Thrown, so Payload's job runner retries it with backoff.
    await expect(run()).rejects.toMatchObject({ status: 409, data: { code: 'WORKFLOW_BUSY' } })
    await setSeq(3)
    await expect(run()).resolves.toEqual({ output: { outcome: 'published' } })
    expect((await stored(payload, id)).live).toMatchObject({ stage: 'published' })
  })
})
