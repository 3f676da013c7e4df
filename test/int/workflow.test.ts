import type { Payload } from 'payload'

import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { EmailOutbox } from '../helpers/captureEmail'
import { installEmailCapture } from '../helpers/captureEmail'
import { getTestPayload } from '../helpers/payload'
import { backfillWorkflowStages } from '../../src/endpoints/workflowBackfill'
import { act, draftArticle, historyOf, runWorkflowJobs, stored } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let payload: Payload
let accounts: Accounts
let outbox: EmailOutbox

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  outbox = installEmailCapture(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const update = (
  id: number | string,
  data: Record<string, unknown>,
  as: keyof Accounts,
  draft = true,
) =>
  payload.update({
    collection: 'articles',
    id,
    data,
    draft,
    user: accounts[as].user,
    overrideAccess: false,
    depth: 0,
  })

describe('workflow through the Local API', () => {
  it('takes an article from draft to published, recording every step', async () => {
    const id = await draftArticle(payload, accounts.author, 'Round trip')
    expect((await stored(payload, id)).latest).toMatchObject({ stage: 'draft', _status: 'draft' })

    await act(payload, accounts.author, id, 'submit', { assignee: accounts.editor.id })
    await expect(act(payload, accounts.editor, id, 'request_changes')).rejects.toMatchObject({
      status: 400,
    })
    await act(payload, accounts.editor, id, 'request_changes', { note: 'Add a source' })
    await update(id, { excerpt: 'Now with a source' }, 'author')
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    const result = await act(payload, accounts.editor, id, 'publish')
    expect(result.fields.stage).toBe('published')

    const { live, latest } = await stored(payload, id)
    expect(live).toMatchObject({
      _status: 'published',
      stage: 'published',
      excerpt: 'Now with a source',
    })
    expect(latest).toMatchObject({ stage: 'published', assignee: accounts.editor.id })
    const history = await historyOf(payload, id)
    expect(history.map((entry) => [entry.action, entry.from, entry.to])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['request_changes', 'in_review', 'changes_requested'],
      ['submit', 'changes_requested', 'in_review'],
      ['approve', 'in_review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(history[1]).toMatchObject({ by: String(accounts.editor.id), note: 'Add a source' })
  })

  it('lets authors edit only drafts and articles waiting for changes, saying why not', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    await expect(update(id, { title: 'Sneaky' }, 'author')).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('withdraw it first'),
    })
    expect((await stored(payload, id)).latest.title).not.toBe('Sneaky')
    // Editors may edit at any stage.
    await update(id, { title: 'Tightened' }, 'editor')
    expect((await stored(payload, id)).latest).toMatchObject({
      title: 'Tightened',
      stage: 'in_review',
    })
  })

  it('refuses direct writes to the workflow fields and changes nothing', async () => {
    const id = await draftArticle(payload, accounts.author)
    await expect(update(id, { stage: 'approved' }, 'editor')).rejects.toMatchObject({ status: 409 })
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: 'Forged', format: 'news', stage: 'published' },
        user: accounts.editor.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await stored(payload, id)).latest.stage).toBe('draft')
  })

  it('sends every native publish through the rule', async () => {
    const id = await draftArticle(payload, accounts.author)
    await expect(update(id, { _status: 'published' }, 'author', false)).rejects.toMatchObject({
      status: 403,
    })
    await expect(update(id, { _status: 'published' }, 'editor', false)).rejects.toMatchObject({
      status: 409,
    })
    expect((await stored(payload, id)).live._status).toBe('draft')
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    await update(id, { _status: 'published' }, 'editor', false)
    expect((await stored(payload, id)).live).toMatchObject({
      _status: 'published',
      stage: 'published',
    })
    expect((await historyOf(payload, id)).at(-1)).toMatchObject({
      action: 'publish',
      to: 'published',
    })
  })

  it('keeps the live version up while a revision of it is reviewed', async () => {
    const id = await draftArticle(payload, accounts.author, 'Live v1')
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.admin, id, 'approve')
    await act(payload, accounts.admin, id, 'publish')

    await update(id, { title: 'Live v2' }, 'editor', false)
    let { live, latest } = await stored(payload, id)
    expect(live).toMatchObject({ title: 'Live v1', _status: 'published' })
    expect(latest).toMatchObject({ title: 'Live v2', stage: 'draft' })
    expect((await historyOf(payload, id)).at(-1)).toMatchObject({
      action: 'revise',
      from: 'published',
    })

    await act(payload, accounts.editor, id, 'submit')
    expect((await stored(payload, id)).live.title).toBe('Live v1')
    await act(payload, accounts.admin, id, 'approve')
    await act(payload, accounts.admin, id, 'publish')
    ;({ live, latest } = await stored(payload, id))
    expect(live).toMatchObject({ title: 'Live v2', _status: 'published', stage: 'published' })
  })

  it('lets exactly one of many concurrent approvals through', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => act(payload, accounts.editor, id, 'approve')),
    )
    const statuses = results.map((result) =>
      result.status === 'fulfilled' ? 200 : (result.reason as { status: number }).status,
    )
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(19)
    const approvals = (await historyOf(payload, id)).filter((entry) => entry.action === 'approve')
    expect(approvals).toHaveLength(1)
  })

  it('publishes a scheduled article from the job queue, as the scheduler', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    const publishAt = new Date(Date.now() + 2000)
    await act(payload, accounts.editor, id, 'schedule', { publishAt: publishAt.toISOString() })
    // Scheduling publishes nothing; it queues a job that waits until the publish time.
    expect((await stored(payload, id)).live).toMatchObject({ stage: 'scheduled', _status: 'draft' })
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'showrunnerScheduledPublish' } },
      depth: 0,
    })
    const job = jobs.find((each) => (each.input as { articleId?: string }).articleId === String(id))
    expect(new Date(String(job?.waitUntil)).toISOString()).toBe(publishAt.toISOString())

    while (Date.now() <= publishAt.getTime())
      await new Promise((resolve) => setTimeout(resolve, 100))
    await runWorkflowJobs(payload)
    expect((await stored(payload, id)).live).toMatchObject({
      stage: 'published',
      _status: 'published',
    })
    expect((await historyOf(payload, id)).at(-1)).toMatchObject({
      action: 'scheduled_publish',
      by: 'scheduler',
    })
  })

  it('e-mails the reviewer on submit and the author on approval', async () => {
    await runWorkflowJobs(payload)
    outbox.clear()
    const id = await draftArticle(payload, accounts.author, 'Mail me')
    await act(payload, accounts.author, id, 'submit', { assignee: accounts.editor.id })
    await act(payload, accounts.editor, id, 'approve')
    await runWorkflowJobs(payload)
    expect(outbox.to(accounts.editor.email)).toEqual([
      expect.objectContaining({ subject: 'Ready for review: Mail me' }),
    ])
    expect(outbox.to(accounts.author.email)).toEqual([
      expect.objectContaining({ subject: 'Approved: Mail me' }),
    ])
  })

  it('marks articles published before the workflow existed as published', async () => {
    const legacy = await payload.create({
      collection: 'articles',
      data: {
        title: `Legacy ${Date.now()}`,
        format: 'news',
        author: accounts.author.id,
        _status: 'published',
      },
      depth: 0,
    })
    expect(legacy.stage).toBe('published')
    // What pushing the new columns onto an old table leaves behind: the column defaults.
    await payload.db.updateOne({
      collection: 'articles',
      id: legacy.id,
      data: { stage: 'draft', workflowSeq: 0 },
    })
    expect(await backfillWorkflowStages(payload)).toBe(1)
    const { live, latest } = await stored(payload, legacy.id)
    expect([live.stage, latest.stage]).toEqual(['published', 'published'])
    expect(await backfillWorkflowStages(payload)).toBe(0)
  })

  it('lets Showrunner’s own derived-data writes land on the live version untouched', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    await act(payload, accounts.editor, id, 'publish')
    const entries = (await historyOf(payload, id)).length
    await payload.update({
      collection: 'articles',
      id,
      data: { tags: ['derived'] },
      user: accounts.editor.user,
      context: { isShowrunnerInternalWrite: true },
      depth: 0,
    })
    expect((await stored(payload, id)).live).toMatchObject({
      tags: ['derived'],
      stage: 'published',
      _status: 'published',
    })
    expect(await historyOf(payload, id)).toHaveLength(entries)
  })
})
