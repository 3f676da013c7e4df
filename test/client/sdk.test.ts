import { PayloadSDK, PayloadSDKError } from 'payload-sdk'

import type { Config } from '../../src/payload-types'
import type { RunningServer } from '../../src/server'
import { DEMO, startSeededServer } from './setup'

// `@payloadcms/sdk` exactly as a frontend installs it, typed by the generated Payload types.
let server: RunningServer
let sdk: PayloadSDK<Config>
let kim: { id: number | string; slug: string }

const sdkWith = (headers: Record<string, string>) =>
  new PayloadSDK<Config>({ baseURL: `${server.url}/api`, baseInit: { headers } })

beforeAll(async () => {
  server = await startSeededServer()
  sdk = new PayloadSDK<Config>({ baseURL: `${server.url}/api` })
  const { docs } = await sdk.find({
    collection: 'dramas',
    where: { title: { equals: DEMO.dramaTitle } },
    select: { slug: true },
  })
  kim = { id: docs[0].id, slug: String(docs[0].slug) }
})

afterAll(async () => {
  await server?.close()
})

async function listicle(init?: RequestInit) {
  const { docs } = await sdk.find(
    { collection: 'articles', where: { slug: { equals: DEMO.listicle } }, depth: 2, limit: 1 },
    init,
  )
  expect(docs).toHaveLength(1)
  return docs[0]
}

describe('reading articles with the SDK', () => {
  it('gets a listicle by slug at depth 2: items, their scenes, the dramas and where to watch', async () => {
    const article = await listicle()
    expect(article.format).toBe('listicle')
    expect(typeof article.author === 'object' && article.author.name).toBe('Hana Seo')
    const first = article.items?.[0]
    expect(first?.heading).toBe('A first try with a twist')
    expect(first?.watchNow).toBe(true)
    const scene = typeof first?.scene === 'object' ? first.scene : null
    const drama = typeof scene?.drama === 'object' ? scene.drama : null
    expect(scene?.episode).toBe(5)
    expect(drama?.title).toBe(DEMO.dramaTitle)
    expect(drama?.whereToWatch?.length).toBeGreaterThan(0)
  })

  it("filters by a drama's slug through the relation, and selects only what a card needs", async () => {
    const { docs } = await sdk.find({
      collection: 'articles',
      where: { 'dramas.slug': { equals: kim.slug } },
      select: { title: true, slug: true },
      sort: 'slug',
    })
    expect(docs.map((doc) => doc.slug)).toContain(DEMO.listicle)
    expect(docs.length).toBeGreaterThan(0)
    expect(Object.keys(docs[0]).sort()).toEqual(['id', 'slug', 'title'])
    const none = await sdk.find({
      collection: 'articles',
      where: { 'dramas.slug': { equals: 'no-such-drama' } },
    })
    expect(none.totalDocs).toBe(0)
  })

  it('pages through the published articles', async () => {
    const all = await sdk.find({ collection: 'articles', limit: 50, sort: 'slug', depth: 0 })
    expect(all.totalDocs).toBe(DEMO.published)
    const pages = await Promise.all(
      [1, 2, 3].map((page) =>
        sdk.find({ collection: 'articles', limit: 10, page, sort: 'slug', depth: 0 }),
      ),
    )
    expect(pages.flatMap((page) => page.docs.map((doc) => doc.slug))).toEqual(
      all.docs.map((doc) => doc.slug),
    )
    expect(pages[1]).toMatchObject({ page: 2, totalPages: 3, hasPrevPage: true, hasNextPage: true })
    expect(pages[2]).toMatchObject({ hasNextPage: false, nextPage: null })
  })

  it('gets the similar articles from the custom endpoint through the same client', async () => {
    const article = await listicle()
    const res = await sdk.request({
      method: 'GET',
      path: `/articles/${article.id}/similar`,
      args: { limit: 2 },
    })
    const body = (await res.json()) as { docs: Array<{ score: number; article: { slug: string } }> }
    expect(body.docs.length).toBeGreaterThan(0)
    expect(body.docs.length).toBeLessThanOrEqual(2)
    expect(body.docs[0].article.slug).not.toBe(DEMO.listicle)
    expect(body.docs[0].score).toBeGreaterThan(0)
  })
})

describe('spoiler-safe reads with the SDK (headers, since the SDK sends no custom query parameters)', () => {
  const withheld = (article: {
    spoilerSections?: Array<{
      key?: string | null
      withheld?: boolean | null
      episode?: number | null
    }> | null
  }) => (article.spoilerSections ?? []).filter((row) => row.withheld).map((row) => row.episode)

  it('withholds what lies past the progress given per request', async () => {
    const article = await listicle({ headers: { 'Showrunner-Watched': `${kim.slug}=8` } })
    expect(withheld(article)).toEqual([9, 12])
    const text = JSON.stringify(article.items)
    expect(text).not.toContain('most intimate kiss yet')
    expect(text).toContain('Spoiler for')
    expect(withheld(await listicle())).toEqual([])
  })

  it('takes the progress for every call of a client from baseInit, by drama id too', async () => {
    const { docs } = await sdkWith({ 'Showrunner-Watched': `${kim.id}=12` }).find({
      collection: 'articles',
      where: { slug: { equals: DEMO.listicle } },
    })
    expect(withheld(docs[0])).toEqual([])
    const hidden = await sdkWith({ 'Showrunner-Spoilers': 'hide' }).findByID({
      collection: 'articles',
      id: docs[0].id,
    })
    expect(withheld(hidden)).toEqual([5, 8, 9, 12])
  })

  it('refuses bad progress with a 400 that says what was wrong', async () => {
    const bad = sdk.find(
      { collection: 'articles', where: { slug: { equals: DEMO.listicle } } },
      { headers: { 'Showrunner-Watched': `${kim.slug}=99` } },
    )
    await expect(bad).rejects.toBeInstanceOf(PayloadSDKError)
    await expect(bad).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('has 16 episodes'),
    })
    const garbled = sdk.find(
      { collection: 'articles' },
      { headers: { 'Showrunner-Watched': 'episode eight' } },
    )
    await expect(garbled).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('Showrunner-Watched'.toLowerCase()),
    })
  })
})

describe('a reader signs up, comments and replies', () => {
  it('sees their own pending comment and reply; the public sees neither', async () => {
    const email = 'sdk-reader@example.com'
    const password = 'sdk-reader-password'
    await sdk.create({
      collection: 'readers',
      // The generated type of an auth collection's document names its collection; the API accepts it.
      data: { collection: 'readers', email, password, displayName: 'Sdk Reader' },
    })
    const { token } = await sdk.login({ collection: 'readers', data: { email, password } })
    expect(token).toEqual(expect.any(String))
    const reader = sdkWith({ Authorization: `JWT ${token}` })
    const article = await listicle()

    const comment = await reader.create({
      collection: 'comments',
      data: { article: article.id, body: 'The wardrobe scene, every time.' },
    })
    expect(comment.status).toBe('pending')
    const reply = await reader.create({
      collection: 'comments',
      data: {
        article: article.id,
        parent: comment.id,
        body: 'Replying to myself: also episode 12.',
      },
    })

    const mine = await reader.find({
      collection: 'comments',
      where: { article: { equals: article.id } },
      depth: 0,
    })
    expect(mine.docs.map((doc) => [doc.id, doc.status, doc.parent ?? null])).toEqual(
      expect.arrayContaining([
        [comment.id, 'pending', null],
        [reply.id, 'pending', comment.id],
      ]),
    )
    const everyone = await sdk.find({
      collection: 'comments',
      where: { article: { equals: article.id } },
    })
    expect(everyone.docs.map((doc) => doc.id)).not.toEqual(expect.arrayContaining([comment.id]))
    expect(everyone.docs.map((doc) => doc.id)).not.toEqual(expect.arrayContaining([reply.id]))
  })
})

describe('staff preview of a draft with an API key', () => {
  let editorKey: string
  let authorKey: string

  beforeAll(async () => {
    const { token } = await sdk.login({
      collection: 'authors',
      data: { email: DEMO.admin, password: DEMO.password },
    })
    const admin = sdkWith({ Authorization: `JWT ${token}` })
    const keyFor = async (email: string, apiKey: string) => {
      const { docs } = await admin.find({
        collection: 'authors',
        where: { email: { equals: email } },
      })
      await admin.update({
        collection: 'authors',
        id: docs[0].id,
        data: { enableAPIKey: true, apiKey },
      })
      return apiKey
    }
    editorKey = await keyFor(DEMO.editor, 'editor-key-0123456789abcdef0123456789ab')
    authorKey = await keyFor(DEMO.author, 'author-key-0123456789abcdef0123456789ab')
  })

  const withKey = (key: string) => sdkWith({ Authorization: `authors API-Key ${key}` })

  it('reads the latest draft with the staff member’s access, no password and no JWT', async () => {
    const author = withKey(authorKey)
    const { user: me } = await author.me({ collection: 'authors' })
    const draft = await author.create({
      collection: 'articles',
      draft: true,
      // The generated type requires the fields that have defaults (author, stage): give them.
      data: {
        title: 'Episode 13, explained (draft)',
        format: 'news',
        author: me.id,
        stage: 'draft',
      },
    })
    expect(draft._status).toBe('draft')
    const asEditor = await withKey(editorKey).findByID({
      collection: 'articles',
      id: draft.id,
      draft: true,
    })
    expect(asEditor.title).toBe('Episode 13, explained (draft)')
    const asAuthor = await author.findByID({ collection: 'articles', id: draft.id, draft: true })
    expect(asAuthor.title).toBe('Episode 13, explained (draft)')
    await expect(
      sdk.findByID({ collection: 'articles', id: draft.id, draft: true }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('keeps the key holder’s role: an author’s key reads no other author’s draft and cannot promote itself', async () => {
    const editor = withKey(editorKey)
    const { user: editorUser } = await editor.me({ collection: 'authors' })
    const editorDraft = await editor.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Editor-only draft', format: 'news', author: editorUser.id, stage: 'draft' },
    })
    await expect(
      withKey(authorKey).findByID({ collection: 'articles', id: editorDraft.id, draft: true }),
    ).rejects.toMatchObject({ status: 404 })
    const me = await withKey(authorKey).me({ collection: 'authors' })
    expect(me.user).toMatchObject({ email: DEMO.author, role: 'author' })
    await expect(
      withKey(authorKey).update({ collection: 'authors', id: me.user.id, data: { role: 'admin' } }),
    ).rejects.toMatchObject({ status: 403 })
    const after = await withKey(authorKey).me({ collection: 'authors' })
    expect(after.user.role).toBe('author')
  })

  it('never shows a key: not to the public, not to its holder', async () => {
    const { docs } = await sdk.find({ collection: 'authors' })
    const { user } = await withKey(authorKey).me({ collection: 'authors' })
    for (const doc of [...docs, user]) {
      expect(doc).not.toHaveProperty('apiKey')
      expect(doc).not.toHaveProperty('apiKeyIndex')
    }
    // Whether an account has a key at all is for the account and admins only.
    for (const doc of docs) expect(doc).not.toHaveProperty('enableAPIKey')
    expect(user).toMatchObject({ enableAPIKey: true })
    expect(docs.length).toBeGreaterThan(0)
    expect(JSON.stringify([docs, user])).not.toContain(authorKey)
  })

  it('refuses an unknown key: the caller is anonymous', async () => {
    const { user } = await withKey('not-a-key-0123456789abcdef0123456789abcd').me({
      collection: 'authors',
    })
    expect(user).toBeNull()
  })
})
