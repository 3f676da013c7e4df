import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { idType } from '../helpers/collectionApi'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import type { SpoilerFixtures } from '../helpers/spoilerFixtures'
import {
  createSpoilerFixtures,
  richText,
  SECRETARY_KIM,
  secretaryKimListicle,
} from '../helpers/spoilerFixtures'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

type Id = number | string
type Scene = { id: Id; title: string; description: string | null; withheld?: boolean | null }
type Row = { key: string; withheld?: boolean | null }
type Similar = { article: { id: Id; title: string } }

let server: RunningServer
let accounts: Accounts
let fixtures: SpoilerFixtures
let anonymous: ApiClient
let reader: ApiClient
let editor: ApiClient
/** The listicle: spoilers up to episode 14 (items at 5, 8 and 12, a body part at 14). */
let listicle: Id
/** A second listicle with the same spoilers. */
let rerun: Id
/** A premise-only piece pinning both listicles as similar. */
let guide: Id
/** A piece whose one item shows the episode-12 scene, marked safe by the editor. */
let safeItemArticle: Id

// What the scenes' descriptions tell: episode 12's may not reach a reader who stopped at 8.
const EPISODE_12_SCENE = 'After the kidnapping truth comes out they spend the night together'
const EPISODE_8_SCENE = 'Mi So walks up to him in the hallway and confesses'
const PRIVATE = 'private, no-store'

const sk = () => fixtures.secretaryKim
const scenes = () => fixtures.scenes
const publish = async (data: Record<string, unknown>) =>
  (
    await server.payload.create({
      collection: 'articles',
      data: { ...data, author: accounts.editor.id, _status: 'published' } as never,
      depth: 0,
    })
  ).id

beforeAll(async () => {
  server = await startTestServer()
  accounts = await createAccounts(server.payload)
  fixtures = await createSpoilerFixtures(server.payload)
  for (const [id, description] of [
    [scenes().honestNight, EPISODE_12_SCENE],
    [scenes().confession, EPISODE_8_SCENE],
  ] as const) {
    await server.payload.update({ collection: 'scenes', id, data: { description } })
  }
  listicle = await publish(secretaryKimListicle(fixtures, 'Secretary Kim, four moments'))
  rerun = await publish(secretaryKimListicle(fixtures, 'Secretary Kim, the moments again'))
  guide = await publish({
    title: 'Why Secretary Kim is the office romance to start with',
    format: 'feature',
    intro: richText(
      "What's Wrong with Secretary Kim follows a vice chairman whose secretary of nine years announces she is quitting.",
    ),
    body: richText('All sixteen episodes are streaming with English subtitles.'),
    dramas: [sk().id],
    pinnedSimilar: [listicle, rerun],
  })
  safeItemArticle = await publish({
    title: 'Secretary Kim in pictures',
    format: 'listicle',
    intro: richText('Stills from the set of the office romance.'),
    items: [
      {
        id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
        heading: 'A still',
        scene: scenes().honestNight,
        body: richText('The lighting team worked all night.'),
      },
    ],
    spoilerSections: [{ key: 'item:aaaaaaaaaaaaaaaaaaaaaaaa', override: 'safe' }],
    dramas: [sk().id],
  })
  anonymous = new ApiClient(server.url)
  reader = await anonymous.as(accounts.reader)
  editor = await anonymous.as(accounts.editor)
})

afterAll(async () => {
  await server.close()
})

const ok = <T>(res: { status: number; body: T & { errors?: Array<{ message: string }> } }) => {
  expect({ status: res.status, error: res.body?.errors?.[0]?.message }).toEqual({
    status: 200,
    error: undefined,
  })
  return res.body
}
const setProgress = async (episode: number | null) => {
  const res = await reader.patch(`/api/readers/${accounts.reader.id}`, {
    watched: episode === null ? [] : [{ drama: sk().slug, episode }],
  })
  expect(res.status).toBe(200)
}
const withheldKeys = (doc: { spoilerSections?: Row[] }) =>
  (doc.spoilerSections ?? []).filter((row) => row.withheld === true).map((row) => row.key)
const listedIds = (docs: Similar[]) => docs.map((row) => String(row.article.id))

describe('scenes are withheld like article sections', () => {
  it('REST: a later episode keeps its title but not its description, privately', async () => {
    const full = await anonymous.get(`/api/scenes/${scenes().honestNight}`)
    expect(ok(full).description).toBe(EPISODE_12_SCENE)
    expect(full.headers.get('cache-control')).not.toBe(PRIVATE)

    const res = await anonymous.get(`/api/scenes/${scenes().honestNight}?watched[${sk().slug}]=8`)
    expect(ok(res)).toMatchObject({
      title: 'The night after the truth comes out',
      description: null,
      withheld: true,
    })
    expect(res.headers.get('cache-control')).toBe(PRIVATE)
    const byHeader = await fetch(`${server.url}/api/scenes/${scenes().honestNight}`, {
      headers: { 'showrunner-watched': `${sk().slug}=8` },
    })
    expect(((await byHeader.json()) as Scene).description).toBeNull()
    expect(byHeader.headers.get('cache-control')).toBe(PRIVATE)
    const seen = await anonymous.get(`/api/scenes/${scenes().confession}?watched[${sk().id}]=8`)
    expect(ok(seen)).toMatchObject({ description: EPISODE_8_SCENE, withheld: false })
  })

  it('REST: lists too, with spoilers=hide, saved progress and a select', async () => {
    const where = `where[drama][equals]=${sk().id}&limit=10`
    const hidden = ok(await anonymous.get(`/api/scenes?${where}&spoilers=hide`))
    expect(hidden.docs.map((scene: Scene) => scene.withheld)).toEqual([true, true, true])
    expect(JSON.stringify(hidden)).not.toContain(EPISODE_8_SCENE)

    await setProgress(8)
    const saved = ok(await reader.get(`/api/scenes?${where}&select[description]=true`))
    const text = JSON.stringify(saved)
    expect(text).toContain(EPISODE_8_SCENE)
    expect(text).not.toContain(EPISODE_12_SCENE)
  })

  it('REST: a scene populated into an article item the editor marked safe', async () => {
    const path = `/api/articles/${safeItemArticle}?depth=1&populate[scenes][description]=true`
    const full = ok(await anonymous.get(path))
    expect(full.items[0].scene.description).toBe(EPISODE_12_SCENE)
    const res = ok(await anonymous.get(`${path}&watched[${sk().slug}]=8`))
    expect(res.items[0].scene).toMatchObject({ description: null, withheld: true })
    expect(JSON.stringify(res)).not.toContain(EPISODE_12_SCENE)
  })

  it('GraphQL: Scene with the Showrunner-Watched header, Scenes with saved progress, and populated scenes', async () => {
    const query = `{ Scene(id: ${JSON.stringify(scenes().honestNight)}) { title description withheld } }`
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'showrunner-watched': `${sk().slug}=8` },
      body: JSON.stringify({ query }),
    })
    const body = (await res.json()) as { data: { Scene: Scene } }
    expect(body.data.Scene).toEqual({
      title: 'The night after the truth comes out',
      description: null,
      withheld: true,
    })

    await setProgress(8)
    const list = ok(
      await reader.graphql(
        `{ Scenes(where: { drama: { equals: ${JSON.stringify(sk().id)} } }, sort: "episode") {
          docs { episode description withheld } } }`,
      ),
    )
    expect(list.data.Scenes.docs).toEqual([
      { episode: 5, description: null, withheld: false },
      { episode: 8, description: EPISODE_8_SCENE, withheld: false },
      { episode: 12, description: null, withheld: true },
    ])

    const article = ok(
      await anonymous.graphql(
        `{ spoilerSafeArticle(id: ${JSON.stringify(safeItemArticle)},
          watched: [{ drama: "${sk().slug}", episode: 8 }]) {
            items { scene { title description withheld } } } }`,
      ),
    )
    expect(article.data.spoilerSafeArticle.items[0].scene).toEqual({
      title: 'The night after the truth comes out',
      description: null,
      withheld: true,
    })
  })
})

describe('the warning line follows the reader’s progress', () => {
  const stored = `Warning: spoilers below for ${SECRETARY_KIM} up to episode 14`

  it('REST: beyond the given episode; the stored line without progress or with spoilers=hide', async () => {
    const plain = ok(await anonymous.get(`/api/articles/${listicle}?depth=0`))
    expect(plain.spoilerWarning.text).toBe(stored)
    const hidden = ok(await anonymous.get(`/api/articles/${listicle}?depth=0&spoilers=hide`))
    expect(hidden.spoilerWarning.text).toBe(stored)

    const at8 = ok(await anonymous.get(`/api/articles/${listicle}?watched[${sk().slug}]=8`))
    expect(at8.spoilerWarning).toMatchObject({
      mode: 'auto',
      text: `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 8 (up to episode 14)`,
      generated: stored,
    })
    const done = ok(await anonymous.get(`/api/articles/${listicle}?watched[${sk().slug}]=16`))
    expect(done.spoilerWarning.text).toBe('')
  })

  it('REST: from saved progress, and with a select of the warning text only', async () => {
    await setProgress(12)
    const doc = ok(
      await reader.get(`/api/articles/${listicle}?select[spoilerWarning][text]=true&depth=0`),
    )
    expect(doc.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 12 (up to episode 14)`,
    )
  })

  it('GraphQL: spoilerSafeArticle and the generated Article query', async () => {
    const res = ok(
      await anonymous.graphql(
        `{ spoilerSafeArticle(id: ${JSON.stringify(listicle)},
          watched: [{ drama: "${sk().slug}", episode: 5 }]) { spoilerWarning { text } } }`,
      ),
    )
    expect(res.data.spoilerSafeArticle.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 5 (up to episode 14)`,
    )
    await setProgress(9)
    const saved = ok(
      await reader.graphql(
        `{ Article(id: ${JSON.stringify(listicle)}) { spoilerWarning { text } } }`,
      ),
    )
    expect(saved.data.Article.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 9 (up to episode 14)`,
    )
  })
})

describe('spoiler-safe similar lists', () => {
  const spoilers = () => [String(listicle), String(rerun)]

  it('the endpoint drops articles that spoil beyond the given progress, privately', async () => {
    const full = await anonymous.get(`/api/articles/${guide}/similar?limit=5`)
    expect(listedIds(ok(full).docs).slice(0, 2)).toEqual(spoilers())

    const at8 = await anonymous.get(`/api/articles/${guide}/similar?watched[${sk().slug}]=8`)
    const ids = listedIds(ok(at8).docs)
    expect(ids).not.toContain(String(listicle))
    expect(ids).not.toContain(String(rerun))
    expect(at8.headers.get('cache-control')).toBe(PRIVATE)
    expect(ok(at8).docs.every((row: Record<string, any>) => !row.article.spoilerSections)).toBe(
      true,
    )

    const done = await anonymous.get(`/api/articles/${guide}/similar?watched[${sk().slug}]=14`)
    expect(listedIds(ok(done).docs).slice(0, 2)).toEqual(spoilers())
    const hidden = await anonymous.get(`/api/articles/${guide}/similar?spoilers=hide`)
    expect(listedIds(ok(hidden).docs)).not.toContain(String(listicle))
  })

  it("REST: the article's own similarArticles, with saved progress", async () => {
    await setProgress(8)
    const doc = ok(await reader.get(`/api/articles/${guide}?depth=1`))
    const ids = listedIds(doc.similarArticles)
    expect(ids).not.toContain(String(listicle))
    expect(ids).not.toContain(String(rerun))
    await setProgress(null)
    const again = ok(await reader.get(`/api/articles/${guide}?depth=1`))
    expect(listedIds(again.similarArticles).slice(0, 2)).toEqual(spoilers())
  })

  it('GraphQL: similarArticles(watched) and Article.similarArticles with saved progress', async () => {
    const query = `query ($id: ${idType(guide)}!, $watched: [SpoilerWatchedInput!]) {
      similarArticles(id: $id, limit: 10, watched: $watched) { article { id title } } }`
    const full = ok(await anonymous.graphql(query, { id: guide }))
    expect(listedIds(full.data.similarArticles).slice(0, 2)).toEqual(spoilers())
    const at8 = ok(
      await anonymous.graphql(query, { id: guide, watched: [{ drama: sk().slug, episode: 8 }] }),
    )
    expect(listedIds(at8.data.similarArticles)).not.toContain(String(listicle))

    await setProgress(8)
    const field = ok(
      await reader.graphql(
        `{ Article(id: ${JSON.stringify(guide)}) { similarArticles { article { id } } } }`,
      ),
    )
    expect(listedIds(field.data.Article.similarArticles)).not.toContain(String(rerun))
    await setProgress(null)
  })
})

describe('staff preview what a reader at a given progress sees', () => {
  const at8 = () => `watched[${sk().slug}]=8`
  const readerParts = (doc: Record<string, any>) => ({
    intro: doc.intro,
    items: doc.items,
    body: doc.body,
    warning: doc.spoilerWarning.text,
    withheld: withheldKeys(doc),
  })

  it('REST: ?previewAsReader=true gives the editor exactly the anonymous reader’s article', async () => {
    const staff = ok(await editor.get(`/api/articles/${listicle}?depth=1&${at8()}`))
    expect(withheldKeys(staff)).toEqual([])
    const asReader = ok(await anonymous.get(`/api/articles/${listicle}?depth=1&${at8()}`))
    const preview = await editor.get(
      `/api/articles/${listicle}?depth=1&${at8()}&previewAsReader=true`,
    )
    expect(readerParts(ok(preview))).toEqual(readerParts(asReader))
    expect(withheldKeys(preview.body)).toHaveLength(2)
    expect(preview.headers.get('cache-control')).toBe(PRIVATE)
  })

  it('REST: scenes and similar lists preview too; a bad flag is a 400', async () => {
    const scene = ok(
      await editor.get(`/api/scenes/${scenes().honestNight}?${at8()}&previewAsReader=1`),
    )
    expect(scene.description).toBeNull()
    const staffList = ok(await editor.get(`/api/articles/${guide}/similar?${at8()}`))
    expect(listedIds(staffList.docs)).toContain(String(listicle))
    const previewList = ok(
      await editor.get(`/api/articles/${guide}/similar?${at8()}&previewAsReader=true`),
    )
    expect(listedIds(previewList.docs)).not.toContain(String(listicle))

    const bad = await editor.get(`/api/articles/${listicle}?previewAsReader=maybe`)
    expect({ status: bad.status, message: bad.body.errors?.[0]?.message }).toEqual({
      status: 400,
      message: "previewAsReader must be 'true' or 'false', not 'maybe'.",
    })
  })

  it('GraphQL: previewAsReader on spoilerSafeArticle and similarArticles', async () => {
    const fields = `spoilerSections { key withheld } spoilerWarning { text }`
    const args = `id: ${JSON.stringify(listicle)}, watched: [{ drama: "${sk().slug}", episode: 8 }]`
    const staff = ok(await editor.graphql(`{ spoilerSafeArticle(${args}) { ${fields} } }`))
    expect(withheldKeys(staff.data.spoilerSafeArticle)).toEqual([])
    const preview = ok(
      await editor.graphql(`{ spoilerSafeArticle(${args}, previewAsReader: true) { ${fields} } }`),
    )
    const asReader = ok(await anonymous.graphql(`{ spoilerSafeArticle(${args}) { ${fields} } }`))
    expect(preview.data).toEqual(asReader.data)
    expect(withheldKeys(preview.data.spoilerSafeArticle)).toHaveLength(2)

    const list = ok(
      await editor.graphql(`{ similarArticles(id: ${JSON.stringify(guide)}, previewAsReader: true,
        spoilers: hide) { article { id } } }`),
    )
    expect(listedIds(list.data.similarArticles)).not.toContain(String(listicle))
  })
})

describe('saved progress by slug, one drama at a time', () => {
  const mine = async () =>
    (
      await server.payload.findByID({
        collection: 'readers',
        id: accounts.reader.id,
        depth: 0,
      })
    ).watched?.map((row) => ({ drama: String(row.drama), episode: row.episode }))

  it("PATCH takes a drama's slug and stores its id; an unknown one is a 400 and nothing is written", async () => {
    await setProgress(6)
    expect(await mine()).toEqual([{ drama: String(sk().id), episode: 6 }])
    const bad = await reader.patch(`/api/readers/${accounts.reader.id}`, {
      watched: [{ drama: 'no-such-drama', episode: 2 }],
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain("no drama has the slug or id 'no-such-drama'")
    expect(await mine()).toEqual([{ drama: String(sk().id), episode: 6 }])
  })

  it('PUT /api/readers/me/watched/:drama sets one drama and keeps the others; DELETE forgets it', async () => {
    const harbor = fixtures.harborLight
    const put = await reader.request('PUT', `/api/readers/me/watched/${harbor.slug}`, {
      episode: 3,
    })
    expect(put.status).toBe(200)
    expect(put.headers.get('cache-control')).toMatch(/no-store/)
    expect(put.body.watched).toEqual([
      { drama: sk().id, slug: sk().slug, title: SECRETARY_KIM, episode: 6 },
      { drama: harbor.id, slug: harbor.slug, title: 'The Harbor Light', episode: 3 },
    ])
    const byId = await reader.request('PUT', `/api/readers/me/watched/${sk().id}`, { episode: 12 })
    expect(byId.status).toBe(200)
    expect(await mine()).toEqual([
      { drama: String(sk().id), episode: 12 },
      { drama: String(harbor.id), episode: 3 },
    ])
    const doc = ok(await reader.get(`/api/articles/${listicle}?depth=0`))
    expect(withheldKeys(doc)).toEqual(['body:0'])

    const removed = await reader.delete(`/api/readers/me/watched/${harbor.slug}`)
    expect(removed.status).toBe(200)
    expect(await mine()).toEqual([{ drama: String(sk().id), episode: 12 }])
  })

  it('refuses a bad drama or episode with a 400 that says why, and writes nothing', async () => {
    const before = await mine()
    const cases: Array<[string, unknown, RegExp]> = [
      ['no-such-drama', { episode: 2 }, /no drama has the slug or id 'no-such-drama'/],
      [sk().slug, { episode: 17 }, /has 16 episodes, not 17/],
      [sk().slug, { episode: 'eight' }, /episode must be a whole number, not "eight"/],
      [sk().slug, { episode: 2.5 }, /whole number of episodes, not '2.5'/],
      [sk().slug, {}, /Send a JSON object with the last episode watched/],
    ]
    for (const [drama, body, message] of cases) {
      const res = await reader.request('PUT', `/api/readers/me/watched/${drama}`, body)
      expect({ status: res.status, message: res.body?.errors?.[0]?.message }).toEqual({
        status: 400,
        message: expect.stringMatching(message),
      })
    }
    expect(await mine()).toEqual(before)
  })

  it('is for logged-in readers only', async () => {
    const path = `/api/readers/me/watched/${sk().slug}`
    expect((await anonymous.request('PUT', path, { episode: 1 })).status).toBe(401)
    expect((await editor.request('PUT', path, { episode: 1 })).status).toBe(403)
  })
})
