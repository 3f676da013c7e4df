import '../helpers/checklistOn'

import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { tinyPng, uniqueImageName } from '../helpers/png'
import { startTestServer } from '../helpers/server'
import { richText } from '../helpers/spoilerFixtures'
import { act, historyOf, stored } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let anonymous: ApiClient
let editor: ApiClient
let author: ApiClient
let reader: ApiClient
let heroId: number | string
let dramaId: number | string
let made = 0

const WORDS = Array.from(
  { length: 40 },
  () => 'The detectives trade messages across decades.',
).join(' ')

/** A news article by the test author that passes every rule, with `overrides` on top. */
async function newsArticle(overrides: Record<string, unknown> = {}) {
  made += 1
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: `Signal returns for a second season, number ${made}`,
      format: 'news',
      excerpt: 'The network confirms the cast of the cold-case drama is coming back next spring.',
      heroImage: heroId,
      dramas: [dramaId],
      sources: [{ label: 'Network', url: 'https://tvn.example/signal' }],
      body: richText(WORDS),
      ...overrides,
    } as never,
    draft: true,
    user: accounts.author.user,
    overrideAccess: false,
    depth: 0,
  })
  return doc.id
}

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  anonymous = new ApiClient(server.url)
  editor = await anonymous.as(accounts.editor)
  author = await anonymous.as(accounts.author)
  reader = await anonymous.as(accounts.reader)
  const png = await tinyPng()
  heroId = (
    await payload.create({
      collection: 'media',
      data: { alt: 'Two walkie-talkies on a desk' },
      file: { data: png, mimetype: 'image/png', name: uniqueImageName(), size: png.length },
    })
  ).id
  dramaId = (
    await payload.create({ collection: 'dramas', data: { title: 'Signal', episodes: 16 } })
  ).id
})

afterAll(async () => {
  await server.close()
})

const failingIds = (report: { results: Array<{ id: string; isPassing: boolean }> }) =>
  report.results.filter((result) => !result.isPassing).map((result) => result.id)

describe('the checklist in the workflow answer', () => {
  it('reports each rule over REST and GraphQL, for the author and editors', async () => {
    const id = await newsArticle({ heroImage: null, title: 'Too short' })
    const rest = await author.get(`/api/articles/${id}/workflow`)
    expect(rest.status).toBe(200)
    expect(rest.body.checklist.status).toBe('blocked')
    expect(failingIds(rest.body.checklist)).toEqual(['titleLength', 'heroImage'])
    expect(rest.body.checklist.results.find((r: { id: string }) => r.id === 'heroImage')).toEqual({
      id: 'heroImage',
      label: 'Hero image with alt text',
      severity: 'required',
      isPassing: false,
      message: 'Choose a hero image.',
    })
    const gql = await editor.graphql(
      `{ workflowArticle(id: ${JSON.stringify(id)}) { checklist { status results { id label severity isPassing message } } } }`,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.workflowArticle.checklist).toEqual(rest.body.checklist)
  })

  it('stores the status for the list view to show and filter', async () => {
    const blocked = await newsArticle({ sources: [] })
    const ready = await newsArticle()
    const list = await editor.get(
      `/api/articles?draft=true&depth=0&limit=100&where[checklistStatus][equals]=blocked`,
    )
    const ids = list.body.docs.map((doc: { id: unknown }) => doc.id)
    expect(ids).toContain(blocked)
    expect(ids).not.toContain(ready)
    const readyDoc = await editor.get(`/api/articles/${ready}?draft=true&depth=0`)
    expect(readyDoc.body.checklistStatus).toBe('ready')
  })
})

describe('approve and publish answer to the checklist', () => {
  it('refuses approve with a 409 naming the failing required rules, and changes nothing', async () => {
    const id = await newsArticle({ sources: [], dramas: [] })
    await act(payload, accounts.author, id, 'submit')
    const before = await historyOf(payload, id)
    const res = await editor.post(`/api/articles/${id}/workflow`, {
      action: 'approve',
      checklistNote: 'a note cannot pass required rules',
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toContain('At least one drama')
    expect(res.body.errors[0].message).toContain('Sources listed')
    expect(res.body.errors[0].message).toContain('(drama, sources)')
    const gql = await editor.graphql(
      `mutation { transitionArticle(id: ${JSON.stringify(id)}, action: approve) { stage } }`,
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect(gql.body.errors?.[0]?.message).toContain('Sources listed')
    expect((await stored(payload, id)).latest.stage).toBe('in_review')
    expect(await historyOf(payload, id)).toEqual(before)
  })

  it('passes recommended rules only with a note, recorded in the history', async () => {
    const id = await newsArticle({ title: 'Signal 2' })
    await act(payload, accounts.author, id, 'submit')
    const refused = await editor.post(`/api/articles/${id}/workflow`, { action: 'approve' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('titleLength')
    expect(refused.body.errors[0].message).toContain('checklistNote')

    const approved = await editor.post(`/api/articles/${id}/workflow`, {
      action: 'approve',
      note: 'Good to go',
      checklistNote: 'The show’s title is the headline',
    })
    expect(approved.status).toBe(200)
    expect(approved.body.stage).toBe('approved')
    const entry = approved.body.history.at(-1)
    expect(entry).toMatchObject({
      action: 'approve',
      note: 'Good to go',
      checklistOverride: {
        rules: [{ id: 'titleLength', label: expect.stringContaining('Title') }],
        note: 'The show’s title is the headline',
      },
    })

    // Publishing asks again: the override was for approval.
    const gql = (note: string) =>
      editor.graphql(
        `mutation($id: Int!, $note: String) { transitionArticle(id: $id, action: publish, checklistNote: $note) { stage history { action checklistOverride { rules { id } note } } } }`,
        { id: Number(id), note: note || null },
      )
    const noNote = await gql('')
    expect(noNote.body.errors?.[0]?.extensions?.statusCode).toBe(409)
    const published = await gql('Still the headline')
    expect(published.body.errors).toBeUndefined()
    expect(published.body.data.transitionArticle.stage).toBe('published')
    expect(published.body.data.transitionArticle.history.at(-1)).toEqual({
      action: 'publish',
      checklistOverride: { rules: [{ id: 'titleLength' }], note: 'Still the headline' },
    })
  })

  it('blocks the native Publish when the content fails, and links to unpublished articles', async () => {
    const target = await newsArticle()
    const id = await newsArticle({ seeAlso: [target] })
    await act(payload, accounts.author, id, 'submit')
    const refused = await editor.post(`/api/articles/${id}/workflow`, { action: 'approve' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('linksPublished')

    await payload.update({
      collection: 'articles',
      id,
      data: { seeAlso: [] },
      draft: true,
      user: accounts.editor.user,
      overrideAccess: false,
    })
    expect((await editor.post(`/api/articles/${id}/workflow`, { action: 'approve' })).status).toBe(
      200,
    )
    // The admin's Publish button saves the form with _status: 'published'.
    const native = await editor.patch(`/api/articles/${id}`, {
      _status: 'published',
      heroImage: null,
    })
    expect(native.status).toBe(409)
    expect(native.body.errors[0].message).toContain('Hero image with alt text')
    expect((await stored(payload, id)).live._status).not.toBe('published')
    const ok = await editor.patch(`/api/articles/${id}`, { _status: 'published' })
    expect(ok.status).toBe(200)
    expect((await stored(payload, id)).live.stage).toBe('published')
  })
})

describe('POST /api/articles/checklist (the sidebar’s live check)', () => {
  it('checks unsaved form data over the stored article', async () => {
    const id = await newsArticle()
    const res = await author.post('/api/articles/checklist', {
      id,
      data: { sources: [], excerpt: '' },
    })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('blocked')
    expect(failingIds(res.body)).toEqual(['excerptLength', 'sources'])
    // Nothing was saved.
    expect((await stored(payload, id)).latest.sources).toHaveLength(1)
    const fresh = await editor.post('/api/articles/checklist', { data: { format: 'listicle' } })
    expect(fresh.status).toBe(200)
    expect(failingIds(fresh.body)).toContain('listicleItemsLinked')
  })

  it('is for staff who can read the article, and says what is wrong with bad input', async () => {
    const id = await newsArticle()
    expect((await anonymous.post('/api/articles/checklist', { id })).status).toBe(401)
    expect((await reader.post('/api/articles/checklist', { id })).status).toBe(403)
    const other = await anonymous.as(accounts.author2)
    expect((await other.post('/api/articles/checklist', { id })).status).toBe(404)
    const bad = await editor.post('/api/articles/checklist', { data: 'title' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('data')
  })
})
