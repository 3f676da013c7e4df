import type { Payload } from 'payload'

import { rescheduleSteps } from '../../src/calendar/calendar'
import type { RunningServer } from '../../src/server'
import type { Stage } from '../../src/workflow'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import {
  articleData,
  createSimilarCatalog,
  publishNow,
  runSimilarJobs,
} from '../helpers/similarFixtures'
import { act, draftArticle, stored } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

type Id = number | string

let server: RunningServer
let payload: Payload
let accounts: Accounts
let editor: ApiClient
let author: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  const anonymous = new ApiClient(server.url)
  editor = await anonymous.as(accounts.editor)
  author = await anonymous.as(accounts.author)
})

afterAll(async () => {
  await server.close()
})

/** What the calendar's Reschedule does: the workflow's own actions over REST, stopping at a refusal. */
async function rescheduleOverRest(client: ApiClient, id: Id, stage: Stage, publishAt: Date) {
  const answers = []
  for (const step of rescheduleSteps(stage)) {
    const res = await client.post(`/api/articles/${id}/workflow`, {
      action: step.action,
      expectedStage: step.expectedStage,
      ...(step.action === 'schedule' ? { publishAt: publishAt.toISOString() } : {}),
    })
    answers.push(res)
    if (res.status !== 200) break
  }
  return answers
}

async function scheduledArticle(publishAt: Date): Promise<Id> {
  const id = await draftArticle(payload, accounts.author)
  await act(payload, accounts.author, id, 'submit')
  await act(payload, accounts.editor, id, 'approve')
  await act(payload, accounts.editor, id, 'schedule', { publishAt: publishAt.toISOString() })
  return id
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000)

describe('rescheduling from the calendar', () => {
  it('moves a scheduled article to a new time through unschedule and schedule, with history', async () => {
    const id = await scheduledArticle(inHours(24))
    const later = inHours(72)
    const answers = await rescheduleOverRest(editor, id, 'scheduled', later)
    expect(answers.map((res) => res.status)).toEqual([200, 200])
    expect(answers[1].body).toMatchObject({ stage: 'scheduled', publishAt: later.toISOString() })

    const { live, latest } = await stored(payload, id)
    expect(live).toMatchObject({ stage: 'scheduled', publishAt: later.toISOString() })
    expect(latest).toMatchObject({ stage: 'scheduled', publishAt: later.toISOString() })
    const history = (await editor.get(`/api/articles/${id}/workflow`)).body.history
    expect(history.slice(-2).map((entry: { action: string }) => entry.action)).toEqual([
      'unschedule',
      'schedule',
    ])
  })

  it('schedules an approved article from the calendar', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    const at = inHours(5)
    const answers = await rescheduleOverRest(editor, id, 'approved', at)
    expect(answers.map((res) => res.status)).toEqual([200])
    expect((await stored(payload, id)).live).toMatchObject({
      stage: 'scheduled',
      publishAt: at.toISOString(),
    })
  })

  it('refuses an author (403) and leaves the schedule as it was', async () => {
    const at = inHours(30)
    const id = await scheduledArticle(at)
    const answers = await rescheduleOverRest(author, id, 'scheduled', inHours(60))
    expect(answers).toHaveLength(1)
    expect(answers[0].status).toBe(403)
    expect(answers[0].body.errors[0].message).toMatch(/editors/i)
    expect((await stored(payload, id)).live).toMatchObject({
      stage: 'scheduled',
      publishAt: at.toISOString(),
    })
  })

  it('refuses a published article (409) and a stale calendar (409), changing nothing', async () => {
    const published = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, published, 'submit')
    await act(payload, accounts.editor, published, 'approve')
    await act(payload, accounts.editor, published, 'publish')
    const refused = await rescheduleOverRest(editor, published, 'published', inHours(10))
    expect(refused.map((res) => res.status)).toEqual([409])
    expect(refused[0].body.errors[0].message).toMatch(/schedule/i)
    expect((await stored(payload, published)).live).toMatchObject({
      stage: 'published',
      _status: 'published',
    })

    // The calendar still showed it scheduled, but someone unscheduled it meanwhile.
    const at = inHours(40)
    const moved = await scheduledArticle(at)
    await act(payload, accounts.editor, moved, 'unschedule')
    const stale = await rescheduleOverRest(editor, moved, 'scheduled', inHours(80))
    expect(stale.map((res) => res.status)).toEqual([409])
    expect(stale[0].body.errors[0].message).toMatch(/stage changed/)
    expect((await stored(payload, moved)).live).toMatchObject({
      stage: 'approved',
      publishAt: null,
    })
  })

  it('refuses a time in the past (400)', async () => {
    const id = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, id, 'submit')
    await act(payload, accounts.editor, id, 'approve')
    const answers = await rescheduleOverRest(editor, id, 'approved', inHours(-1))
    expect(answers[0].status).toBe(400)
    expect((await stored(payload, id)).live).toMatchObject({ stage: 'approved' })
  })
})

describe('similar articles on draft reads', () => {
  it('gives an editor the live list on ?draft=true, not the stale copy in a revision', async () => {
    const catalog = await createSimilarCatalog(payload)
    // The first one goes live alone (an empty list in its version); the others fill its live list.
    const first = await publishNow(payload, accounts.editor.id, articleData(catalog, 'qotKisses'))
    await publishNow(payload, accounts.editor.id, articleData(catalog, 'cloyKisses'))
    await publishNow(payload, accounts.editor.id, articleData(catalog, 'goblinRomance'))
    // Peers' lists are filled by the similar queue after each publish.
    await runSimilarJobs(payload)

    const live = await editor.get(`/api/articles/${first}?depth=0`)
    const liveIds = (live.body.similarArticles as Array<{ article: unknown }>).map((row) =>
      String(row.article),
    )
    expect(liveIds.length).toBeGreaterThan(0)
    // The editor starts a revision: a new draft version, copied from the version it was based on.
    const revised = await editor.patch(`/api/articles/${first}?draft=true`, {
      title: 'Queen of Tears: the kisses, revised',
    })
    expect(revised.status).toBe(200)

    const draft = await editor.get(`/api/articles/${first}?draft=true&depth=0`)
    expect(draft.status).toBe(200)
    expect(
      (draft.body.similarArticles as Array<{ article: unknown }>).map((row) => String(row.article)),
    ).toEqual(liveIds)

    // Populated as on the live read, with the cards the live read gives.
    const populated = await editor.get(`/api/articles/${first}?draft=true`)
    expect(
      (populated.body.similarArticles as Array<{ article: { id: Id; title: string } }>).map((row) =>
        String(row.article.id),
      ),
    ).toEqual(liveIds)
    expect(populated.body.similarArticles[0].article.title).toEqual(expect.any(String))
  })
})

describe('what the admin shows read-only', () => {
  // Payload sends `true` for everything (or a field) allowed, else one entry per operation.
  type Entry = true | { update?: { permission: boolean } }
  type Permissions = { fields: true | Record<string, Entry> }
  const canUpdate = (body: Permissions, field: string) => {
    const entry = body.fields === true ? true : body.fields[field]
    return entry === true || entry?.update?.permission === true
  }

  it('makes an author’s fields read-only while the workflow forbids the edit, and still refuses', async () => {
    const id = await draftArticle(payload, accounts.author)
    const draft = await author.post<Permissions>(`/api/articles/access/${id}`, {})
    expect(draft.status).toBe(200)
    expect([canUpdate(draft.body, 'title'), canUpdate(draft.body, 'body')]).toEqual([true, true])

    await act(payload, accounts.author, id, 'submit')
    const inReview = await author.post<Permissions>(`/api/articles/access/${id}`, {})
    expect([canUpdate(inReview.body, 'title'), canUpdate(inReview.body, 'items')]).toEqual([
      false,
      false,
    ])
    // Editors may still edit it.
    const asEditor = await editor.post<Permissions>(`/api/articles/access/${id}`, {})
    expect(canUpdate(asEditor.body, 'title')).toBe(true)

    // The server still refuses the author's save, with the reason the admin shows.
    const saved = await author.patch(`/api/articles/${id}?draft=true`, { title: 'Sneaky edit' })
    expect(saved.status).toBe(409)
    expect(saved.body.errors[0].message).toMatch(/in review — withdraw it first/)
    expect((await stored(payload, id)).latest.title).not.toBe('Sneaky edit')

    await act(payload, accounts.author, id, 'withdraw')
    const withdrawn = await author.post<Permissions>(`/api/articles/access/${id}`, {})
    expect(canUpdate(withdrawn.body, 'title')).toBe(true)
  })
})
