import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import { ARTICLE_CARD, MEDIA_CARD } from '../../src/delivery/cards'
import { DEFAULT_READ_LIMITS } from '../../src/delivery/readLimits'
import { graphqlAnswer, restAnswer } from '../helpers/answers'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { tinyPng, uniqueImageName } from '../helpers/png'
import { startTestServer } from '../helpers/server'
import type { SpecName } from '../helpers/similarFixtures'
import {
  articleData,
  createSimilarCatalog,
  publishNow,
  runSimilarJobs,
} from '../helpers/similarFixtures'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

type Id = number | string
type Json = Record<string, unknown>

const { maxDepth, maxLimit, staffMaxLimit } = DEFAULT_READ_LIMITS
const CARD_KEYS = new Set(['id', ...Object.keys(ARTICLE_CARD)])
const SPECS: SpecName[] = ['qotKisses', 'cloyKisses', 'goblinRomance', 'qotRatings', 'cloyRatings']
// Five articles that all name each other (see also, pins, similar lists) and share a hero image:
// before cards, depth 3 of one of them was 5 × 5 × 5 nested copies, each with its own lists.
const MAX_BYTES = 64 * 1024

let server: RunningServer
let payload: Payload
let accounts: Accounts
let anonymous: ApiClient
let editor: ApiClient
const ids: Id[] = []

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  const catalog = await createSimilarCatalog(payload)
  const png = await tinyPng()
  const hero = await payload.create({
    collection: 'media',
    data: { alt: 'A kiss in the snow' },
    file: { data: png, mimetype: 'image/png', name: uniqueImageName(), size: png.length },
  })
  for (const name of SPECS) {
    const data = { ...articleData(catalog, name), heroImage: hero.id, excerpt: name }
    ids.push(await publishNow(payload, accounts.editor.id, data))
  }
  // The peer jobs file each article and fill the lists of those published before it.
  await runSimilarJobs(payload)
  for (const id of ids) {
    const others = ids.filter((other) => other !== id)
    await payload.update({
      collection: 'articles',
      id,
      data: { seeAlso: others, pinnedSimilar: others.slice(0, 2) },
      depth: 0,
    })
  }
  anonymous = new ApiClient(server.url)
  editor = await anonymous.as(accounts.editor)
})

afterAll(async () => {
  await payload.delete({ collection: 'media', where: { id: { exists: true } } })
  await server.close()
})

/** Every article object below the top level of `value`, with the path it was found at. */
function nestedArticles(
  value: unknown,
  path: string,
  isTop: boolean,
  found: Array<[string, Json]>,
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => nestedArticles(item, `${path}[${i}]`, false, found))
    return found
  }
  if (typeof value !== 'object' || value === null) return found
  const doc = value as Json
  const isArticle = 'slug' in doc && 'format' in doc && 'title' in doc
  if (isArticle && !isTop) found.push([path, doc])
  for (const [key, child] of Object.entries(doc)) {
    nestedArticles(child, `${path}.${key}`, false, found)
  }
  return found
}

function expectCardsOnly(doc: unknown) {
  for (const [path, article] of nestedArticles(doc, '$', true, [])) {
    const extra = Object.keys(article).filter((key) => !CARD_KEYS.has(key))
    expect({ path, extra }).toEqual({ path, extra: [] })
  }
}

describe('REST responses stay small at every depth', () => {
  const depths = Array.from({ length: maxDepth + 1 }, (_, depth) => depth)

  it.each(depths)('list and by-id at depth %i: nested articles are cards', async (depth) => {
    for (const client of [anonymous, editor]) {
      const list = await client.get(`/api/articles?limit=${maxLimit}&depth=${depth}`)
      expect(list.status).toBe(200)
      expect(list.body.docs).toHaveLength(ids.length)
      expect(JSON.stringify(list.body).length).toBeLessThan(MAX_BYTES)
      for (const doc of list.body.docs) expectCardsOnly(doc)
      const one = await client.get(`/api/articles/${ids[0]}?depth=${depth}`)
      expect(one.status).toBe(200)
      expect(JSON.stringify(one.body).length).toBeLessThan(MAX_BYTES / ids.length)
      expectCardsOnly(one.body)
    }
  })

  it('expands the document’s own similar list and see-also links as cards with a media card', async () => {
    const res = await anonymous.get(`/api/articles/${ids[0]}?depth=2`)
    const rows = res.body.similarArticles as Array<{ article: Json }>
    expect(rows.length).toBeGreaterThan(0)
    expect(Object.keys(rows[0]!.article).sort()).toEqual([...CARD_KEYS].sort())
    const seeAlso = res.body.seeAlso as Json[]
    expect(seeAlso).toHaveLength(ids.length - 1)
    const image = seeAlso[0]!.heroImage as Json
    expect(image).toMatchObject({ alt: 'A kiss in the snow', url: expect.any(String) })
    const allowed = new Set(['id', ...Object.keys(MEDIA_CARD)])
    expect(Object.keys(image).filter((key) => !allowed.has(key))).toEqual([])
  })

  it('expands similar lists when one article is read (by id or a list of one), not in lists', async () => {
    const isCard = (row: { article: unknown }) => typeof row.article === 'object'
    const list = await anonymous.get('/api/articles?limit=10&depth=2')
    for (const doc of list.body.docs) {
      expect(doc.similarArticles.length).toBeGreaterThan(0)
      expect(doc.similarArticles.some(isCard)).toBe(false)
    }
    const slug = list.body.docs[0].slug
    const bySlug = await anonymous.get(`/api/articles?where[slug][equals]=${slug}&limit=1&depth=1`)
    expect(bySlug.body.docs[0].similarArticles.every(isCard)).toBe(true)
  })

  it('never expands a nested article’s lists, even when populate asks for card fields only', async () => {
    const res = await anonymous.get(
      `/api/articles/${ids[0]}?depth=3&populate[articles][title]=true&populate[articles][slug]=true`,
    )
    expect(res.status).toBe(200)
    expect(Object.keys(res.body.seeAlso[0]).sort()).toEqual(['id', 'slug', 'title'])
  })
})

describe('limits beyond the maximum and bad values are a 400 with a message', () => {
  const bad: Array<[string, RegExp]> = [
    [`depth=${maxDepth + 1}`, /depth must be a whole number from 0 to 3/],
    ['depth=-1', /depth must be/],
    ['depth=two', /depth must be/],
    ['depth=1.5', /depth must be/],
    [`limit=${maxLimit + 1}`, /limit must be a whole number from 1 to 50/],
    ['limit=0', /limit must be/],
    ['limit=ten', /limit must be/],
    ['page=0', /page must be a whole number/],
    ['pagination=false', /pagination cannot be switched off/],
    ['populate[articles][similarArticles]=true', /populate\[articles\] may only choose/],
    ['populate[articles][seeAlso]=true', /not seeAlso/],
  ]

  it.each(bad)('GET /api/articles?%s', async (query, message) => {
    for (const path of [`/api/articles?${query}`, `/api/articles/${ids[0]}?${query}`]) {
      const res = await anonymous.get(path)
      expect(restAnswer(res)).toEqual({ status: 400, text: expect.stringMatching(message) })
    }
  })

  it('applies to every Showrunner collection; staff page with a larger limit of their own', async () => {
    for (const collection of ['dramas', 'scenes', 'people', 'media', 'authors', 'comments']) {
      expect(restAnswer(await anonymous.get(`/api/${collection}?limit=${maxLimit + 1}`))).toEqual({
        status: 400,
        text: expect.stringMatching(/limit must be a whole number from 1 to 50/),
      })
      const staffPage = await editor.get(`/api/${collection}?limit=${maxLimit + 1}`)
      expect({ collection, ...restAnswer(staffPage) }).toEqual({
        collection,
        status: 200,
        text: '',
      })
      expect(restAnswer(await editor.get(`/api/${collection}?limit=${staffMaxLimit + 1}`))).toEqual(
        {
          status: 400,
          text: expect.stringMatching(new RegExp(`from 1 to ${staffMaxLimit}`)),
        },
      )
    }
    const query = (limit: number) => `{ Articles(limit: ${limit}) { docs { id } } }`
    expect(graphqlAnswer(await editor.graphql(query(maxLimit + 1))).status).toBe(200)
    expect(graphqlAnswer(await anonymous.graphql(query(maxLimit + 1))).status).toBe(400)
    expect(graphqlAnswer(await editor.graphql(query(staffMaxLimit + 1))).status).toBe(400)
  })

  it('accepts the limits themselves', async () => {
    const res = await anonymous.get(`/api/articles?limit=${maxLimit}&depth=${maxDepth}&page=1`)
    expect(res.status).toBe(200)
  })
})

const NESTED = (levels: string) => `{ Articles(limit: 10) { docs { id title ${levels} } } }`

describe('GraphQL reads are bounded before anything resolves', () => {
  it('serves a page of articles with author, dramas and items, nested articles as asked', async () => {
    const res = await anonymous.graphql(
      NESTED(
        'author { name } dramas { title } items { heading } seeAlso { title } similarArticles { score }',
      ),
    )
    expect(res.body.errors).toBeUndefined()
    const docs = res.body.data.Articles.docs as Json[]
    expect(docs).toHaveLength(ids.length)
    expect(JSON.stringify(res.body).length).toBeLessThan(MAX_BYTES)
    // The JSON list holds ids on GraphQL (the typed list is the similarArticles query).
    const rows = docs[0]!.similarArticles as Array<{ article: unknown }>
    expect(rows.every((row) => typeof row.article !== 'object')).toBe(true)
  })

  it.each([
    [1, '{ Articles { docs { author { name } } } }'],
    [2, '{ Comments { docs { article { author { name } } } } }'],
    [3, '{ Comments { docs { article { author { favourites { title } } } } } }'],
  ])('answers relationships nested %i levels deep', async (_levels, query) => {
    const res = await anonymous.graphql(query)
    expect(res.body.errors).toBeUndefined()
  })

  it('refuses a fourth level of relationships', async () => {
    const res = await anonymous.graphql(
      '{ Comments { docs { article { author { favourites { poster { url } } } } } } }',
    )
    expect(graphqlAnswer(res)).toEqual({
      status: 400,
      text: expect.stringMatching(/nest at most 3 levels/),
    })
  })

  it('refuses a query whose lists could multiply past the budget', async () => {
    const res = await anonymous.graphql(
      NESTED('seeAlso { seeAlso { seeAlso { title } } }').replace('limit: 10', 'limit: 50'),
    )
    expect(graphqlAnswer(res)).toEqual({
      status: 400,
      text: expect.stringMatching(/could return about \d+ documents/),
    })
  })

  it.each([
    ['limit: 51', /limit must be a whole number from 1 to 50/],
    ['limit: 0', /limit must be/],
    ['pagination: false', /pagination: false is not available/],
  ])('refuses Articles(%s)', async (args, message) => {
    const res = await anonymous.graphql(`{ Articles(${args}) { docs { id } } }`)
    expect(graphqlAnswer(res)).toEqual({ status: 400, text: expect.stringMatching(message) })
  })

  it('checks a limit given as a variable', async () => {
    const res = await anonymous.graphql(
      'query ($limit: Int) { Articles(limit: $limit) { docs { id } } }',
      { limit: 1000 },
    )
    expect(graphqlAnswer(res).text).toMatch(/limit must be/)
  })
})
