import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import type { SpoilerFixtures } from '../helpers/spoilerFixtures'
import {
  createSpoilerFixtures,
  SECRETARY_KIM,
  secretaryKimListicle,
} from '../helpers/spoilerFixtures'

type Row = { key: string; withheld?: boolean | null; episode: number | null }
type Node = { type: string; spoilerPlaceholder?: unknown }
type RichText = { root: { children: Node[] } }
type Doc = {
  spoilerSections: Row[]
  intro: RichText
  items: Array<{ id: string; heading: string; scene: unknown; body: RichText }>
  body: RichText
}

let server: RunningServer
let accounts: Accounts
let fixtures: SpoilerFixtures
let anonymous: ApiClient
let reader: ApiClient
let editor: ApiClient
let article: { id: number | string; slug: string }

// Text of the sections beyond episode 8: none of it may reach a reader who stopped there.
const EPISODE_12_TEXT = 'most intimate kiss yet'
const EPISODE_14_TEXT = 'the real culprit is finally revealed'
const EPISODE_8_TEXT = 'Mi So confesses and kisses him herself'

beforeAll(async () => {
  server = await startTestServer()
  accounts = await createAccounts(server.payload)
  fixtures = await createSpoilerFixtures(server.payload)
  const doc = await server.payload.create({
    collection: 'articles',
    data: {
      ...secretaryKimListicle(fixtures, 'Secretary Kim, four moments'),
      author: accounts.author.id,
      _status: 'published',
    } as never,
    depth: 0,
  })
  article = { id: doc.id, slug: String(doc.slug) }
  anonymous = new ApiClient(server.url)
  reader = await anonymous.as(accounts.reader)
  editor = await anonymous.as(accounts.editor)
})

afterAll(async () => {
  await server.close()
})

const withheldKeys = (doc: Doc) =>
  doc.spoilerSections.filter((row) => row.withheld === true).map((row) => row.key)
const itemKey = (doc: Doc, index: number) => `item:${doc.items[index].id}`
const sk = () => fixtures.secretaryKim

async function restArticle(client: ApiClient, query = '') {
  const res = await client.get(`/api/articles/${article.id}?depth=1${query}`)
  expect({ status: res.status, error: res.body?.errors?.[0]?.message }).toEqual({
    status: 200,
    error: undefined,
  })
  return res.body as Doc
}

describe('REST: reading within progress', () => {
  it('serves the full text when no progress is given', async () => {
    const doc = await restArticle(anonymous)
    expect(withheldKeys(doc)).toEqual([])
    const text = JSON.stringify(doc)
    expect(text).toContain(EPISODE_12_TEXT)
    expect(text).toContain(EPISODE_14_TEXT)
  })

  it('withholds sections beyond ?watched[<slug>]=8, leaving placeholders and headings', async () => {
    const doc = await restArticle(anonymous, `&watched[${sk().slug}]=8`)
    expect(withheldKeys(doc)).toEqual([itemKey(doc, 2), 'body:0'])

    const text = JSON.stringify(doc)
    expect(text).not.toContain(EPISODE_12_TEXT)
    expect(text).not.toContain(EPISODE_14_TEXT)
    expect(text).not.toContain('The night after the truth comes out') // the scene's title
    expect(text).toContain(EPISODE_8_TEXT)

    const hidden = doc.items[2]
    expect(hidden.heading).toBe('No more secrets')
    expect(hidden.scene).toBeNull()
    expect(hidden.body.root.children).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        spoilerPlaceholder: {
          key: itemKey(doc, 2),
          drama: SECRETARY_KIM,
          dramaId: sk().id,
          episode: 12,
          reasons: expect.arrayContaining(['linked scene is from episode 12']),
        },
      }),
    ])
    expect(doc.items[1].scene).toMatchObject({ title: 'Mi So confesses first' })

    const body = doc.body.root.children
    expect(body.map((node: { type: string }) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ])
    expect(body[1].spoilerPlaceholder).toMatchObject({ episode: 14, drama: SECRETARY_KIM })
    expect(body[3].spoilerPlaceholder).toBeUndefined()
  })

  it('takes the drama by id too, and shows everything to a reader who finished it', async () => {
    const doc = await restArticle(anonymous, `&watched[${sk().id}]=16`)
    expect(withheldKeys(doc)).toEqual([])
    expect(JSON.stringify(doc)).toContain(EPISODE_14_TEXT)
  })

  it('withholds every spoiler section with ?spoilers=hide, in lists too', async () => {
    const doc = await restArticle(anonymous, '&spoilers=hide')
    expect(withheldKeys(doc)).toEqual([0, 1, 2].map((i) => itemKey(doc, i)).concat('body:0'))
    expect(doc.intro.root.children[0].spoilerPlaceholder).toBeUndefined()

    const res = await anonymous.get(
      `/api/articles?where[slug][equals]=${article.slug}&spoilers=hide&depth=0`,
    )
    expect(res.status).toBe(200)
    expect(withheldKeys(res.body.docs[0])).toHaveLength(4)
    expect(JSON.stringify(res.body)).not.toContain(EPISODE_8_TEXT)
  })

  it('withholds even when `select` leaves out the section tags or the item ids', async () => {
    for (const select of ['select[items][body]=true', 'select[spoilerSections]=false']) {
      const res = await anonymous.get(
        `/api/articles/${article.id}?depth=0&watched[${sk().slug}]=8&${select}`,
      )
      expect(res.status).toBe(200)
      expect(JSON.stringify(res.body)).toContain(EPISODE_8_TEXT)
      expect(JSON.stringify(res.body)).not.toContain(EPISODE_12_TEXT)
    }
  })

  it("applies a logged-in reader's saved progress; the query overrides it per drama", async () => {
    const saved = await reader.patch(`/api/readers/${accounts.reader.id}`, {
      watched: [{ drama: sk().id, episode: 5 }],
    })
    expect(saved.status).toBe(200)

    const doc = await restArticle(reader)
    expect(withheldKeys(doc)).toEqual([itemKey(doc, 1), itemKey(doc, 2), 'body:0'])
    const further = await restArticle(reader, `&watched[${sk().slug}]=12`)
    expect(withheldKeys(further)).toEqual(['body:0'])
    const everything = await restArticle(reader, '&spoilers=show')
    expect(withheldKeys(everything)).toEqual([])
  })

  it('always gives staff the full text', async () => {
    const doc = await restArticle(editor, `&spoilers=hide&watched[${sk().slug}]=1`)
    expect(withheldKeys(doc)).toEqual([])
    expect(JSON.stringify(doc)).toContain(EPISODE_14_TEXT)
  })
})

describe('REST: bad progress input', () => {
  const refused = async (query: string, message: RegExp) => {
    const res = await anonymous.get(`/api/articles/${article.id}?${query}`)
    expect({ status: res.status, message: res.body?.errors?.[0]?.message }).toEqual({
      status: 400,
      message: expect.stringMatching(message),
    })
  }

  it('refuses an episode that is not a number', () =>
    refused(`watched[${sk().slug}]=five`, /whole number of episodes, not 'five'/))

  it('refuses an unknown drama', () =>
    refused('watched[no-such-drama]=3', /no drama has the slug or id 'no-such-drama'/))

  it("refuses an episode beyond the drama's count", () =>
    refused(`watched[${sk().slug}]=17`, /has 16 episodes, not 17/))

  it('refuses an unknown spoilers mode and an unreadable watched parameter', async () => {
    await refused('spoilers=maybe', /spoilers must be 'hide' or 'show'/)
    await refused('watched=8', /watched\[<drama slug or id>\]/)
  })

  it('refuses bad input even when no article matches', async () => {
    const res = await anonymous.get('/api/articles?where[slug][equals]=nothing&watched[x]=1')
    expect(res.status).toBe(400)
  })

  it('refuses saving progress beyond the drama', async () => {
    const res = await reader.patch(`/api/readers/${accounts.reader.id}`, {
      watched: [{ drama: sk().id, episode: 20 }],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('has 16 episodes, not 20')
  })
})

const SELECT = `id spoilerSections { key withheld episode dramaTitle reasons }
  items { id heading body scene { title } } body`

describe('GraphQL: spoilerSafeArticle and the generated queries', () => {
  const safeArticle = (client: ApiClient, args: string) =>
    client.graphql(`{ spoilerSafeArticle(${args}) { ${SELECT} } }`)

  it('withholds sections beyond the given progress', async () => {
    const res = await safeArticle(
      anonymous,
      `slug: "${article.slug}", watched: [{ drama: "${sk().slug}", episode: 8 }]`,
    )
    expect(res.body.errors).toBeUndefined()
    const doc = res.body.data.spoilerSafeArticle as Doc
    expect(withheldKeys(doc)).toEqual([itemKey(doc, 2), 'body:0'])
    expect(doc.items[2].scene).toBeNull()
    expect(doc.items[1].scene).toEqual({ title: 'Mi So confesses first' })
    const text = JSON.stringify(doc)
    expect(text).not.toContain(EPISODE_12_TEXT)
    expect(text).not.toContain(EPISODE_14_TEXT)
  })

  it('hides every spoiler section with spoilers: "hide", by id', async () => {
    const res = await safeArticle(anonymous, `id: ${JSON.stringify(article.id)}, spoilers: hide`)
    expect(withheldKeys(res.body.data.spoilerSafeArticle)).toHaveLength(4)
  })

  it("applies a logged-in reader's saved progress to the generated Articles query", async () => {
    const saved = await reader.patch(`/api/readers/${accounts.reader.id}`, {
      watched: [{ drama: sk().id, episode: 9 }],
    })
    expect(saved.status).toBe(200)
    const res = await reader.graphql(
      `{ Articles(where: { slug: { equals: "${article.slug}" } }) { docs { ${SELECT} } } }`,
    )
    expect(res.body.errors).toBeUndefined()
    const doc = res.body.data.Articles.docs[0] as Doc
    expect(withheldKeys(doc)).toEqual([itemKey(doc, 2), 'body:0'])
    expect(JSON.stringify(doc)).not.toContain(EPISODE_12_TEXT)
  })

  it("withholds in GraphQL's select mode too, where only the asked-for fields are read", async () => {
    const saved = await reader.patch(`/api/readers/${accounts.reader.id}`, {
      watched: [{ drama: sk().id, episode: 8 }],
    })
    expect(saved.status).toBe(200)
    const res = await reader.graphql(
      `{ Articles(select: true, where: { slug: { equals: "${article.slug}" } }) {
        docs { items { body } } } }`,
    )
    expect(res.body.errors).toBeUndefined()
    const text = JSON.stringify(res.body.data)
    expect(text).toContain(EPISODE_8_TEXT)
    expect(text).not.toContain(EPISODE_12_TEXT)
  })

  it('gives staff the full text', async () => {
    const res = await safeArticle(editor, `slug: "${article.slug}", spoilers: hide`)
    expect(withheldKeys(res.body.data.spoilerSafeArticle)).toEqual([])
    expect(JSON.stringify(res.body.data)).toContain(EPISODE_14_TEXT)
  })

  it('refuses bad input with a 400 and a message', async () => {
    const cases: Array<[string, RegExp]> = [
      [`watched: [{ drama: "nope", episode: 2 }]`, /no drama has the slug or id 'nope'/],
      [`watched: [{ drama: "${sk().slug}", episode: 40 }]`, /has 16 episodes, not 40/],
    ]
    for (const [args, message] of cases) {
      const res = await safeArticle(anonymous, `slug: "${article.slug}", ${args}`)
      const error = res.body.errors?.[0]
      expect({ status: error?.extensions?.statusCode, message: error?.message }).toEqual({
        status: 400,
        message: expect.stringMatching(message),
      })
    }
  })

  it('refuses what the schema types rule out before anything runs: a mode other than hide or show, an episode that is not a whole number', async () => {
    const cases: Array<[string, RegExp]> = [
      ['spoilers: maybe', /"maybe".*SpoilerMode|SpoilerMode.*maybe/],
      [`watched: [{ drama: "${sk().slug}", episode: "five" }]`, /Int.*"five"|"five".*Int/],
      [`watched: [{ drama: "${sk().slug}", episode: 2.5 }]`, /Int.*2\.5|2\.5.*Int/],
    ]
    for (const [args, message] of cases) {
      const res = await safeArticle(anonymous, `slug: "${article.slug}", ${args}`)
      expect(res.body.data).toBeUndefined()
      expect(res.body.errors?.[0]?.message).toMatch(message)
    }
  })
})
