import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import { graphqlAnswer, restAnswer } from '../helpers/answers'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { idType } from '../helpers/collectionApi'
import { ApiClient } from '../helpers/http'
import { tinyPng, uniqueImageName } from '../helpers/png'
import { startTestServer } from '../helpers/server'
import type { SimilarCatalog, SpecName } from '../helpers/similarFixtures'
import {
  articleData,
  createSimilarCatalog,
  publishNow,
  runSimilarJobs,
} from '../helpers/similarFixtures'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

type Id = number | string
type Item = { article: Record<string, any>; score: number; isPinned: boolean }

let server: RunningServer
let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
let anonymous: ApiClient
let reader: ApiClient
let author: ApiClient
let editor: ApiClient
let heroId: Id
const ids: Partial<Record<SpecName, Id>> = {}
let draftId: Id

const similarQuery = (id: Id) => `query ($id: ${idType(id)}!, $limit: Int) {
  similarArticles(id: $id, limit: $limit) {
    score isPinned article { id title slug _status heroImage { id alt url } }
  }
}`

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  const png = await tinyPng()
  const hero = await payload.create({
    collection: 'media',
    data: { alt: 'Hae In in the snow' },
    file: { data: png, mimetype: 'image/png', name: uniqueImageName(), size: png.length },
  })
  heroId = hero.id
  for (const name of ['qotKisses', 'cloyKisses', 'goblinRomance', 'qotRatings'] as const) {
    const data = { ...articleData(catalog, name), heroImage: heroId }
    ids[name] = await publishNow(payload, accounts.editor.id, data)
  }
  // Each publish queued the update of its peers' lists (a server's runner does this within a second).
  await runSimilarJobs(payload)
  // The author's unpublished piece, much like the live romance lists.
  const draft = await payload.create({
    collection: 'articles',
    data: articleData(catalog, 'newQotRomance'),
    draft: true,
    user: accounts.author.user,
    overrideAccess: false,
    depth: 0,
  })
  draftId = draft.id
  anonymous = new ApiClient(server.url)
  reader = await anonymous.as(accounts.reader)
  author = await anonymous.as(accounts.author)
  editor = await anonymous.as(accounts.editor)
})

afterAll(async () => {
  await payload.delete({ collection: 'media', where: { id: { exists: true } } })
  await server.close()
})

describe('GET /api/articles/:id/similar', () => {
  it('serves the list with titles, slugs and hero images populated', async () => {
    const res = await anonymous.get(`/api/articles/${ids.qotKisses}/similar?limit=5`)
    expect(res.status).toBe(200)
    const docs = res.body.docs as Item[]
    expect(docs.length).toBeGreaterThanOrEqual(2)
    expect(docs[0]!.article).toMatchObject({
      id: expect.anything(),
      title: expect.stringContaining('Crash Landing on You'),
      slug: expect.any(String),
      heroImage: { id: heroId, alt: 'Hae In in the snow', url: expect.any(String) },
    })
    expect(docs.map((doc) => doc.article.id)).toContain(ids.goblinRomance)
    expect(docs.every((doc) => typeof doc.score === 'number' && doc.isPinned === false)).toBe(true)
    const scores = docs.map((doc) => doc.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('answers `limit` articles, 5 by default', async () => {
    const one = await anonymous.get(`/api/articles/${ids.qotKisses}/similar?limit=1`)
    expect(one.status).toBe(200)
    expect(one.body.docs).toHaveLength(1)
    for (const query of ['', '?limit=']) {
      const all = await anonymous.get(`/api/articles/${ids.qotKisses}/similar${query}`)
      expect(all.body.limit).toBe(5)
    }
  })

  it.each(['0', '21', '-1', '2.5', 'five'])(
    'refuses limit=%j with a 400 that says why',
    async (limit) => {
      const res = await anonymous.get(`/api/articles/${ids.qotKisses}/similar?limit=${limit}`)
      expect(restAnswer(res)).toEqual({
        status: 400,
        text: 'limit must be a whole number from 1 to 20.',
      })
    },
  )

  it('is a 404 for unknown articles and, for the public, unpublished ones', async () => {
    for (const client of [anonymous, reader, editor]) {
      expect((await client.get('/api/articles/987654/similar')).status).toBe(404)
      expect((await client.get('/api/articles/not-an-id/similar')).status).toBe(404)
    }
    for (const client of [anonymous, reader]) {
      expect((await client.get(`/api/articles/${draftId}/similar`)).status).toBe(404)
    }
  })

  it('gives staff who can read an unpublished article a preview, listing only live articles', async () => {
    for (const client of [author, editor]) {
      const res = await client.get(`/api/articles/${draftId}/similar?limit=3`)
      expect(res.status).toBe(200)
      const docs = res.body.docs as Item[]
      expect(docs[0]!.article.id).toBe(ids.qotKisses)
      expect(docs.every((doc) => doc.article.id !== draftId)).toBe(true)
    }
    // Nothing was stored for the draft.
    const stored = await payload.findByID({ collection: 'articles', id: draftId, draft: true })
    expect(stored.similarArticles ?? []).toEqual([])
    // Another author cannot read the draft, so no preview either.
    const other = await anonymous.as(accounts.author2)
    expect((await other.get(`/api/articles/${draftId}/similar`)).status).toBe(404)
  })

  it('never lists a draft, to anyone', async () => {
    for (const client of [anonymous, editor]) {
      for (const id of Object.values(ids)) {
        const res = await client.get(`/api/articles/${id}/similar?limit=20`)
        expect((res.body.docs as Item[]).map((doc) => doc.article.id)).not.toContain(draftId)
      }
    }
  })
})

describe('the article’s own fields over REST', () => {
  it('shows similarArticles to everyone, populated at depth 1, and the editor’s picks to staff', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.qotRatings!,
      data: { pinnedSimilar: [ids.goblinRomance] },
    })
    const pub = await anonymous.get(`/api/articles/${ids.qotRatings}?depth=1`)
    expect(pub.status).toBe(200)
    expect(pub.body.similarArticles[0]).toMatchObject({
      article: { id: ids.goblinRomance, slug: expect.any(String) },
      isPinned: true,
    })
    expect(pub.body.pinnedSimilar).toBeUndefined()
    const staff = await editor.get(`/api/articles/${ids.qotRatings}?depth=0`)
    expect(staff.body.pinnedSimilar).toEqual([ids.goblinRomance])
  })

  it('refuses a client-written list with a 403 that says what to do instead', async () => {
    const res = await editor.patch(`/api/articles/${ids.qotRatings}`, {
      similarArticles: [{ article: ids.cloyKisses, score: 1 }],
    })
    expect(restAnswer(res).status).toBe(403)
    expect(restAnswer(res).text).toMatch(/pinnedSimilar/)
  })
})

describe('GraphQL similarArticles', () => {
  it('answers the same list, with the Article type populating hero images', async () => {
    const res = await anonymous.graphql(similarQuery(ids.qotKisses!), {
      id: ids.qotKisses,
      limit: 2,
    })
    expect(res.body.errors).toBeUndefined()
    const items = res.body.data.similarArticles as Item[]
    const rest = await anonymous.get(`/api/articles/${ids.qotKisses}/similar?limit=2`)
    expect(items.map((item) => [item.article.id, item.score])).toEqual(
      (rest.body.docs as Item[]).map((doc) => [doc.article.id, doc.score]),
    )
    expect(items[0]!.article).toMatchObject({
      _status: 'published',
      heroImage: { id: heroId, alt: 'Hae In in the snow' },
    })
  })

  it('refuses a bad limit and hides unpublished articles from the public', async () => {
    const bad = await anonymous.graphql(similarQuery(ids.qotKisses!), {
      id: ids.qotKisses,
      limit: 0,
    })
    expect(graphqlAnswer(bad)).toEqual({
      status: 400,
      text: 'limit must be a whole number from 1 to 20.',
    })
    const hidden = await anonymous.graphql(similarQuery(draftId), { id: draftId })
    expect(graphqlAnswer(hidden).status).toBe(404)
    const staff = await editor.graphql(similarQuery(draftId), { id: draftId, limit: 1 })
    expect(staff.body.data.similarArticles).toHaveLength(1)
  })

  it('types the article’s own similarArticles: the stored list, with Article documents', async () => {
    const rest = await anonymous.get(`/api/articles/${ids.qotKisses}?depth=0`)
    const stored = rest.body.similarArticles as Array<{
      article: Id
      score: number
      isPinned: boolean
    }>
    expect(stored.length).toBeGreaterThan(1)
    const res = await anonymous.graphql(`{
      Article(id: ${JSON.stringify(ids.qotKisses)}) {
        similarArticles { score isPinned article { id title _status heroImage { alt } } }
      }
    }`)
    expect(res.body.errors).toBeUndefined()
    const rows = res.body.data.Article.similarArticles as Item[]
    expect(rows.map((row) => [row.article.id, row.score, row.isPinned])).toEqual(
      stored.map((row) => [row.article, row.score, row.isPinned]),
    )
    expect(rows[0]!.article).toMatchObject({
      title: expect.any(String),
      _status: 'published',
      heroImage: { alt: 'Hae In in the snow' },
    })
  })
})
