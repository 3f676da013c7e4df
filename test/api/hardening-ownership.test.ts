import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { idType } from '../helpers/collectionApi'
import { startTestServer } from '../helpers/server'
import { act, draftArticle, historyOf } from '../helpers/workflow'

// Ownership on the write paths that bypassed it (duplicate), workflow history for the article's
// author and editors only, and publishedAt out of authors' hands: over REST and GraphQL.

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
/** A published article by author2, with a review note in its history and a revision in review. */
let othersLive: number | string

const stored = (id: number | string) =>
  payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
const articleCount = () => payload.count({ collection: 'articles' }).then((r) => r.totalDocs)

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  othersLive = await draftArticle(payload, accounts.author2)
  await act(payload, accounts.author2, othersLive, 'submit', {
    note: 'Internal: legal has not cleared the photo yet',
    assignee: accounts.editor.id,
  })
  for (const action of ['approve', 'publish'])
    await act(payload, accounts.admin, othersLive, action)
  // An editor's edit of the live article starts a revision, which its author sends to review.
  const revised = await clients.editor.patch(`/api/articles/${othersLive}`, {
    excerpt: 'A quiet revision',
  })
  if (revised.status !== 200) throw new Error(JSON.stringify(revised.body))
  await act(payload, accounts.author2, othersLive, 'submit', { note: 'Second pass, embargoed' })
})

afterAll(async () => {
  await server.close()
})

describe('duplicating an article', () => {
  it('gives every copy its own slug: -copy, then -copy-2', async () => {
    const first = await clients.editor.post(`/api/articles/${othersLive}/duplicate?depth=0`, {})
    const second = await clients.editor.post(`/api/articles/${othersLive}/duplicate?depth=0`, {})
    expect([first.status, second.status]).toEqual([200, 200])
    const original = await stored(othersLive)
    expect(first.body.doc.slug).toBe(`${original.slug}-copy`)
    expect(second.body.doc.slug).toBe(`${original.slug}-copy-2`)
  })

  it('gives an author a fresh draft of their own (REST, as the admin’s Duplicate sends it)', async () => {
    const res = await clients.author.post(`/api/articles/${othersLive}/duplicate?depth=0`, {
      _status: 'draft',
    })
    expect(res.status).toBe(200)
    const copy = await stored(res.body.doc.id)
    expect(copy.author).toBe(accounts.author.id)
    expect(copy).toMatchObject({ stage: 'draft', _status: 'draft', assignee: null })
    expect(copy.publishedAt ?? null).toBeNull()
    expect(copy.similarArticles ?? []).toEqual([])
    expect(await historyOf(payload, copy.id)).toEqual([])
    // The copy's workflow starts over: the author can submit it, and its history has that only.
    const submitted = await clients.author.post(`/api/articles/${copy.id}/workflow`, {
      action: 'submit',
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.history).toHaveLength(1)
  })

  it('gives an author a draft of their own over GraphQL', async () => {
    // GraphQL's input type wants the required fields; each copy of one article gets the slug
    // "<slug>-copy", which is unique: name another.
    const res = await clients.author.graphql(
      `mutation ($id: Int!) {
        duplicateArticle(id: $id, data: { title: "A copy", format: news, slug: "graphql-copy", _status: draft }) { id }
      }`,
      { id: Number(othersLive) },
    )
    expect(res.body.errors).toBeUndefined()
    const copy = await stored(res.body.data.duplicateArticle.id)
    expect(copy.author).toBe(accounts.author.id)
    expect(copy.publishedAt ?? null).toBeNull()
  })

  it('refuses an author who names someone else as the copy’s author, and writes nothing', async () => {
    const before = await articleCount()
    const res = await clients.author.post(`/api/articles/${othersLive}/duplicate`, {
      author: accounts.author2.id,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Authors cannot set another author on an article.')
    const gql = await clients.author.graphql(
      `mutation ($id: Int!, $data: mutationArticleInput!) { duplicateArticle(id: $id, data: $data) { id } }`,
      {
        id: Number(othersLive),
        data: { title: 'Copy', format: 'news', author: Number(accounts.author2.id) },
      },
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await articleCount()).toBe(before)
  })

  it('makes the editor who duplicates the copy’s author', async () => {
    const res = await clients.editor.post(`/api/articles/${othersLive}/duplicate?depth=0`, {
      slug: 'editors-copy',
    })
    expect(res.status).toBe(200)
    expect((await stored(res.body.doc.id)).author).toBe(accounts.editor.id)
  })
})

describe('workflow history', () => {
  const query = () =>
    `query ($id: ${idType(othersLive)}!) { workflowArticle(id: $id) { stage assignee { id } history { note } } }`

  it('is a 404 for another author, over REST and GraphQL', async () => {
    // They can read the published article itself...
    expect((await clients.author.get(`/api/articles/${othersLive}`)).status).toBe(200)
    const rest = await clients.author.get(`/api/articles/${othersLive}/workflow`)
    expect(rest.status).toBe(404)
    expect(JSON.stringify(rest.body)).not.toContain('legal')
    const gql = await clients.author.graphql(query(), { id: othersLive })
    expect(gql.body.data?.workflowArticle ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(404)
    expect(JSON.stringify(gql.body)).not.toContain('legal')
  })

  it('hides the stage, assignee and schedule of another author’s article', async () => {
    const rest = await clients.author.get(`/api/articles/${othersLive}?depth=0`)
    for (const key of ['stage', 'assignee', 'publishAt', 'stageChangedAt', 'workflowSeq']) {
      expect(rest.body).not.toHaveProperty(key)
    }
    const gql = await clients.author.graphql(
      `query ($id: Int!) { Article(id: $id) { title stage assignee { id } } }`,
      { id: Number(othersLive) },
    )
    expect(gql.body.data.Article).toMatchObject({ stage: null, assignee: null })
  })

  it('narrows an author’s filter on workflow fields to their own articles', async () => {
    const own = await draftArticle(payload, accounts.author)
    await act(payload, accounts.author, own, 'submit')
    const query = '/api/articles?where[stage][equals]=in_review&depth=0&limit=100&draft=true'
    const ids = (res: { body: { docs: Array<{ id: number | string }> } }) =>
      res.body.docs.map((doc) => doc.id)
    const asAuthor = await clients.author.get(query)
    expect(asAuthor.status).toBe(200)
    expect(ids(asAuthor)).toContain(own)
    expect(ids(asAuthor)).not.toContain(othersLive)
    const nested = await clients.author.get(
      '/api/articles?where[or][0][and][0][assignee][exists]=true&where[or][1][title][exists]=false&depth=0&limit=100',
    )
    expect(ids(nested)).not.toContain(othersLive)
    const gql = await clients.author.graphql(
      `{ Articles(where: { stage: { equals: in_review } }, limit: 100) { docs { id } } }`,
    )
    const gqlIds = gql.body.data.Articles.docs.map((doc: { id: number }) => doc.id)
    expect(gqlIds).not.toContain(othersLive)
    const counted = await clients.author.get('/api/articles/count?where[stage][equals]=in_review')
    expect(counted.body.totalDocs).toBe(ids(asAuthor).length)
    const editorCount = await clients.editor.get(
      '/api/articles/count?where[stage][equals]=in_review',
    )
    expect(editorCount.body.totalDocs).toBe(counted.body.totalDocs + 1)
    expect(ids(await clients.editor.get(query))).toEqual(expect.arrayContaining([own, othersLive]))
  })

  it('is open to the article’s author and to editors, notes included', async () => {
    for (const client of [clients.author2, clients.editor, clients.admin]) {
      const rest = await client.get(`/api/articles/${othersLive}/workflow`)
      expect(rest.status).toBe(200)
      expect(rest.body.stage).toBe('in_review')
      expect(rest.body.history.map((entry: { note: string | null }) => entry.note)).toContain(
        'Internal: legal has not cleared the photo yet',
      )
      const gql = await client.graphql(query(), { id: othersLive })
      expect(gql.body.errors).toBeUndefined()
      expect(gql.body.data.workflowArticle.stage).toBe('in_review')
      const doc = await client.get(`/api/articles/${othersLive}?depth=0`)
      expect(doc.body.stage).toBe('in_review')
    }
  })
})

describe('publishedAt', () => {
  const refusal =
    'Only editors can set the publication date (publishedAt): it is set when the article is first published.'

  it('is refused to an author on create, over REST and GraphQL, and nothing is written', async () => {
    const before = await articleCount()
    const rest = await clients.author.post('/api/articles?draft=true', {
      title: 'Backdated scoop',
      format: 'news',
      publishedAt: '2001-01-01T00:00:00.000Z',
    })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toBe(refusal)
    const gql = await clients.author.graphql(
      `mutation { createArticle(draft: true, data: { title: "Backdated too", format: news, publishedAt: "2001-01-01T00:00:00.000Z" }) { id } }`,
    )
    expect(gql.body.errors?.[0]).toMatchObject({
      message: refusal,
      extensions: { statusCode: 403 },
    })
    expect(await articleCount()).toBe(before)
  })

  it('is refused to an author on update, but sending back the stored value is fine', async () => {
    const id = await draftArticle(payload, accounts.author)
    const rest = await clients.author.patch(`/api/articles/${id}?draft=true`, {
      publishedAt: '2001-01-01T00:00:00.000Z',
    })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toBe(refusal)
    const gql = await clients.author.graphql(
      `mutation ($id: Int!) { updateArticle(id: $id, draft: true, data: { publishedAt: "2001-01-01T00:00:00.000Z" }) { id } }`,
      { id: Number(id) },
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await stored(id)).publishedAt ?? null).toBeNull()
    const same = await clients.author.patch(`/api/articles/${id}?draft=true`, {
      excerpt: 'Still mine',
      publishedAt: null,
    })
    expect(same.status).toBe(200)
  })

  it('can be set by an editor', async () => {
    const id = await draftArticle(payload, accounts.author)
    const res = await clients.editor.patch(`/api/articles/${id}?draft=true`, {
      publishedAt: '2026-01-01T09:00:00.000Z',
    })
    expect(res.status).toBe(200)
    expect(new Date((await stored(id)).publishedAt as string).toISOString()).toBe(
      '2026-01-01T09:00:00.000Z',
    )
  })
})
