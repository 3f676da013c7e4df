import type { Payload } from 'payload'

import { verifyWebhookSignature } from '../../src/notifications/webhookSignature'
import { getOptionsFromConfig } from '../../src/options'
import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { EmailOutbox } from '../helpers/captureEmail'
import { installEmailCapture } from '../helpers/captureEmail'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import type { WebhookReceiver } from '../helpers/webhookReceiver'
import { registerWebhook, startWebhookReceiver } from '../helpers/webhookReceiver'
import {
  act,
  draftArticle,
  historyOf,
  runWorkflowJobs,
  runWorkflowJobsUntilDone,
  sleep,
  stored,
} from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

const SECRET = 'receiver-secret'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let outbox: EmailOutbox
let receiver: WebhookReceiver
let anonymous: ApiClient
let admin: ApiClient
let editor: ApiClient
let author: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  outbox = installEmailCapture(payload)
  receiver = await startWebhookReceiver()
  registerWebhook(payload, { url: receiver.url, secret: SECRET })
  anonymous = new ApiClient(server.url)
  admin = await anonymous.as(accounts.admin)
  editor = await anonymous.as(accounts.editor)
  author = await anonymous.as(accounts.author)
})

afterAll(async () => {
  await receiver?.close()
  await server.close()
})

const post = (client: ApiClient, id: number | string, body: object) =>
  client.post(`/api/articles/${id}/workflow`, body)

describe('concurrency', () => {
  it('lets exactly one of 20 parallel approvals, then of 20 publishes, through', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    for (const [action, client] of [
      ['approve', editor],
      ['publish', admin],
    ] as const) {
      const statuses = (
        await Promise.all(Array.from({ length: 20 }, () => post(client, id, { action })))
      ).map((res) => res.status)
      expect(statuses.filter((status) => status === 200)).toHaveLength(1)
      expect(statuses.filter((status) => status === 409)).toHaveLength(19)
    }
    const history = await historyOf(payload, id)
    expect(history.map((entry) => entry.action)).toEqual(['submit', 'approve', 'publish'])
    expect((await stored(payload, id)).live).toMatchObject({
      stage: 'published',
      _status: 'published',
    })
  })

  it('lets one of two racing editors act on their stale view', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    const [approve, sendBack] = await Promise.all([
      post(editor, id, { action: 'approve', expectedStage: 'in_review' }),
      post(admin, id, { action: 'request_changes', note: 'No', expectedStage: 'in_review' }),
    ])
    expect([approve.status, sendBack.status].sort()).toEqual([200, 409])
    expect(await historyOf(payload, id)).toHaveLength(2)
  })
})

describe('scheduled publishing', () => {
  it('publishes at the scheduled time from the job queue, as the scheduler', async () => {
    const id = await draftArticle(payload, accounts.author, 'Goes live by itself')
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    const publishAt = new Date(Date.now() + 2000)
    const scheduled = await post(editor, id, {
      action: 'schedule',
      publishAt: publishAt.toISOString(),
    })
    expect(scheduled.body).toMatchObject({ stage: 'scheduled', publishAt: publishAt.toISOString() })

    expect((await anonymous.get(`/api/articles/${id}`)).status).toBe(404)
    while (Date.now() <= publishAt.getTime()) await sleep(100)
    await runWorkflowJobs(payload)

    const live = await anonymous.get(`/api/articles/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Goes live by itself')
    const last = (await editor.get(`/api/articles/${id}/workflow`)).body.history.at(-1)
    expect(last).toMatchObject({
      action: 'scheduled_publish',
      from: 'scheduled',
      to: 'published',
      by: 'scheduler',
    })
  })

  it('does nothing when the schedule was cancelled before its time', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    const publishAt = new Date(Date.now() + 1000)
    await post(editor, id, { action: 'schedule', publishAt: publishAt.toISOString() })
    await post(editor, id, { action: 'unschedule' })
    while (Date.now() <= publishAt.getTime()) await sleep(100)
    await runWorkflowJobs(payload)
    expect((await stored(payload, id)).live).toMatchObject({ stage: 'approved', _status: 'draft' })
  })
})

describe('webhooks', () => {
  it('POSTs signed events for stage changes and publication', async () => {
    await runWorkflowJobsUntilDone(payload)
    receiver.deliveries.splice(0)
    const id = await draftArticle(payload, accounts.author, 'Hook me')
    await post(author, id, { action: 'submit' })
    await post(editor, id, { action: 'approve' })
    await post(editor, id, { action: 'publish' })
    await runWorkflowJobsUntilDone(payload)

    const events = receiver.deliveries.map((delivery) => JSON.parse(delivery.body))
    // The queue delivers in parallel, so the order of arrival is not the order of events.
    expect(events.map((event) => [event.type, event.transition.action]).sort()).toEqual([
      ['article.published', 'publish'],
      ['article.stage_changed', 'approve'],
      ['article.stage_changed', 'submit'],
    ])
    const published = events.find((event) => event.type === 'article.published')
    expect(published).toMatchObject({
      article: { id, title: 'Hook me' },
      transition: { from: 'approved', to: 'published', by: String(accounts.editor.id) },
    })
    for (const { headers, body } of receiver.deliveries) {
      const timestamp = Number(headers['x-showrunner-timestamp'])
      const signature = String(headers['x-showrunner-signature'])
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/)
      expect(verifyWebhookSignature(SECRET, timestamp, body, signature)).toBe(true)
      expect(verifyWebhookSignature('wrong', timestamp, body, signature)).toBe(false)
    }
  })

  it('retries a failing receiver with backoff, without holding up the transition', async () => {
    await runWorkflowJobsUntilDone(payload)
    receiver.deliveries.splice(0)
    receiver.failNext(2)
    const attemptsBefore = receiver.attempts
    const id = await draftArticle(payload, accounts.author)
    const res = await post(author, id, { action: 'submit' })
    expect(res.status).toBe(200)
    expect(receiver.attempts).toBe(attemptsBefore)

    await runWorkflowJobsUntilDone(payload)
    expect(receiver.attempts).toBe(attemptsBefore + 3)
    expect(receiver.deliveries).toHaveLength(1)
    expect(JSON.parse(receiver.deliveries[0].body).transition).toMatchObject({ action: 'submit' })
  })

  it('keeps a delivery to a dead receiver queued for retry, and the transition succeeds', async () => {
    await runWorkflowJobsUntilDone(payload)
    // Nobody listens on the discard port.
    const dead = 'http://127.0.0.1:9/dead'
    registerWebhook(payload, { url: dead, secret: 'x', events: ['article.stage_changed'] })
    const deadJobs = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'showrunnerWebhook' } },
          pagination: false,
          depth: 0,
        })
      ).docs.filter((job) => (job.input as { url?: string }).url === dead)
    try {
      const id = await draftArticle(payload, accounts.author)
      expect((await post(author, id, { action: 'submit' })).status).toBe(200)
      expect((await stored(payload, id)).live.stage).toBe('in_review')
      const [queued] = await deadJobs()
      expect(queued).toMatchObject({ totalTried: 0 })
      const triedAt = Date.now()
      await payload.jobs.runByID({ id: queued.id, silent: true })
      const retrying = await deadJobs()
      expect(retrying).toHaveLength(1)
      expect(retrying[0]).toMatchObject({ completedAt: null, hasError: false, totalTried: 1 })
      // Failed, and put back with a later start: the backoff before the next attempt.
      expect(new Date(String(retrying[0].waitUntil)).getTime()).toBeGreaterThan(triedAt)
    } finally {
      // Its retries would otherwise hold up every later wait for the queue to drain.
      const leftovers = (await deadJobs()).map((job) => job.id)
      if (leftovers.length) {
        await payload.delete({ collection: 'payload-jobs', where: { id: { in: leftovers } } })
      }
      const { webhooks } = getOptionsFromConfig(payload.config)
      webhooks.splice(
        webhooks.findIndex((webhook) => webhook.url === dead),
        1,
      )
    }
  })
})

describe('e-mail', () => {
  it('tells the reviewer about a submission and the author about the outcome', async () => {
    await runWorkflowJobsUntilDone(payload)
    outbox.clear()
    const id = await draftArticle(payload, accounts.author, 'Mail route')
    await post(author, id, { action: 'submit', assignee: accounts.editor.id })
    await post(editor, id, { action: 'request_changes', note: 'Name the episode' })
    await post(author, id, { action: 'submit' })
    await post(admin, id, { action: 'approve' })
    await post(admin, id, { action: 'publish' })
    await runWorkflowJobsUntilDone(payload)

    expect(outbox.to(accounts.editor.email).map((email) => email.subject)).toEqual([
      'Ready for review: Mail route',
      'Ready for review: Mail route',
    ])
    // Sent by jobs that run in parallel: compare without order.
    const toAuthor = outbox.to(accounts.author.email)
    expect(toAuthor.map((email) => email.subject).sort()).toEqual([
      'Approved: Mail route',
      'Changes requested: Mail route',
      'Published: Mail route',
    ])
    const changes = toAuthor.find((email) => email.subject.startsWith('Changes requested'))
    expect(changes?.text).toContain('Note: Name the episode')
    expect(changes?.text).toContain(`/admin/collections/articles/${id}`)
  })

  it('goes to every editor when nobody is assigned', async () => {
    await runWorkflowJobsUntilDone(payload)
    outbox.clear()
    const id = await draftArticle(payload, accounts.author, 'Anyone?')
    await post(author, id, { action: 'submit' })
    await runWorkflowJobsUntilDone(payload)
    expect(outbox.sent.map((email) => email.to)).toEqual([accounts.editor.email])
  })
})
