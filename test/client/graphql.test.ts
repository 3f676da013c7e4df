import { ClientError, GraphQLClient } from 'graphql-request'

import type { RunningServer } from '../../src/server'
import type { SpoilerMode } from './gql/graphql'
import {
  ArticleBySlug,
  ArticlePage,
  ArticlesAboutDrama,
  CommentsOn,
  DraftArticle,
  DramaBySlug,
  PostComment,
  ReaderLogin,
  Similar,
  SignUp,
  SpoilerSafe,
  StaffLogin,
} from './operations'
import { DEMO, startSeededServer } from './setup'

// graphql-request on operations typed by @graphql-codegen from the schema Payload generates.
let server: RunningServer
let client: GraphQLClient
let kimSlug: string

const clientWith = (token: string) =>
  new GraphQLClient(`${server.url}/api/graphql`, { headers: { Authorization: `JWT ${token}` } })

beforeAll(async () => {
  server = await startSeededServer()
  client = new GraphQLClient(`${server.url}/api/graphql`)
  const kim = await client.request(ArticleBySlug, { slug: DEMO.listicle })
  kimSlug = String(kim.Articles?.docs[0].items?.[0].scene?.drama?.slug)
})

afterAll(async () => {
  await server?.close()
})

/** The GraphQL errors' messages and status codes of a refused request. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  )
  expect(error).toBeInstanceOf(ClientError)
  return ((error as ClientError).response.errors ?? []).map((entry) => ({
    message: entry.message,
    status: (entry.extensions as { statusCode?: number } | undefined)?.statusCode,
  }))
}

describe('reading articles over GraphQL', () => {
  it('gets a listicle by slug with its scenes, dramas and where to watch', async () => {
    const { Articles } = await client.request(ArticleBySlug, { slug: DEMO.listicle })
    const article = Articles?.docs[0]
    expect(article?.format).toBe('listicle')
    expect(article?.author?.name).toBe('Hana Seo')
    expect(article?.items?.map((item) => item.scene?.episode)).toEqual([5, 8, 9, 12])
    const drama = article?.items?.[0].scene?.drama
    expect(drama?.title).toBe(DEMO.dramaTitle)
    expect(drama?.whereToWatch?.[0]?.url).toMatch(/^https:\/\//)
  })

  it('filters by a drama found by its slug', async () => {
    const { Dramas } = await client.request(DramaBySlug, { slug: kimSlug })
    const dramaId = Dramas?.docs[0].id
    const { Articles } = await client.request(ArticlesAboutDrama, { drama: dramaId })
    expect(Articles?.docs.map((doc) => doc.slug)).toContain(DEMO.listicle)
  })

  it('pages', async () => {
    const first = await client.request(ArticlePage, { limit: 20, page: 1 })
    const second = await client.request(ArticlePage, { limit: 20, page: 2 })
    expect(first.Articles).toMatchObject({
      totalDocs: DEMO.published,
      totalPages: 2,
      hasNextPage: true,
    })
    expect(second.Articles).toMatchObject({ page: 2, hasNextPage: false, hasPrevPage: true })
    const slugs = [...(first.Articles?.docs ?? []), ...(second.Articles?.docs ?? [])].map(
      (doc) => doc.slug,
    )
    expect(new Set(slugs).size).toBe(DEMO.published)
  })

  it('reads spoiler-safe with progress as arguments', async () => {
    const { spoilerSafeArticle } = await client.request(SpoilerSafe, {
      slug: DEMO.listicle,
      watched: [{ drama: kimSlug, episode: 8 }],
    })
    const withheld = spoilerSafeArticle?.spoilerSections?.filter((row) => row.withheld)
    expect(withheld?.map((row) => row.episode)).toEqual([9, 12])
    expect(JSON.stringify(spoilerSafeArticle?.items)).not.toContain('most intimate kiss yet')
    const errors = await refusal(
      // A value outside the SpoilerMode enum, as an untyped client could send it.
      client.request(SpoilerSafe, { slug: DEMO.listicle, spoilers: 'maybe' as SpoilerMode }),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(/maybe/)
  })

  it('applies progress sent as a header to the generated queries too', async () => {
    const reader = new GraphQLClient(`${server.url}/api/graphql`, {
      headers: { 'Showrunner-Watched': `${kimSlug}=9` },
    })
    const { Articles } = await reader.request(ArticleBySlug, { slug: DEMO.listicle })
    const rows = Articles?.docs[0].spoilerSections ?? []
    expect(rows.filter((row) => row.withheld).map((row) => row.episode)).toEqual([12])
    const plain = await client.request(ArticleBySlug, { slug: DEMO.listicle })
    expect(plain.Articles?.docs[0].spoilerSections?.some((row) => row.withheld)).toBe(false)
  })

  it('gets similar articles, typed, with the articles themselves', async () => {
    const { Articles } = await client.request(ArticleBySlug, { slug: DEMO.listicle })
    const { similarArticles } = await client.request(Similar, {
      id: Number(Articles?.docs[0].id),
      limit: 2,
    })
    expect(similarArticles.length).toBeGreaterThan(0)
    expect(similarArticles.length).toBeLessThanOrEqual(2)
    expect(similarArticles[0].article.slug).not.toBe(DEMO.listicle)
    expect(similarArticles[0].score).toBeGreaterThan(0)
  })
})

describe('a reader over GraphQL', () => {
  it('signs up, comments, replies and sees both pending; the public does not', async () => {
    const email = 'gql-reader@example.com'
    const password = 'gql-reader-password'
    const created = await client.request(SignUp, {
      data: { email, password, displayName: 'Gql Reader' },
    })
    // A public sign-up answers null whether or not the e-mail was registered (README: Rate limits).
    expect(created.createReader).toBeNull()
    const { loginReader } = await client.request(ReaderLogin, { email, password })
    const reader = clientWith(String(loginReader?.token))

    const { Articles } = await client.request(ArticleBySlug, { slug: DEMO.listicle })
    const article = Number(Articles?.docs[0].id)
    const comment = await reader.request(PostComment, {
      data: { article, body: 'Episode 9 lives rent free in my head.' },
    })
    expect(comment.createComment?.status).toBe('pending')
    const parent = Number(comment.createComment?.id)
    const reply = await reader.request(PostComment, {
      data: { article, parent, body: 'And the chair scene.' },
    })

    const mine = await reader.request(CommentsOn, { article })
    expect(mine.Comments?.docs.map((doc) => [doc.id, doc.status, doc.parent?.id ?? null])).toEqual(
      expect.arrayContaining([
        [parent, 'pending', null],
        [reply.createComment?.id, 'pending', parent],
      ]),
    )
    const everyone = await client.request(CommentsOn, { article })
    expect(everyone.Comments?.docs.map((doc) => doc.id)).not.toContain(parent)
  })
})

describe('staff preview of a draft over GraphQL', () => {
  it('reads the draft with a staff login; the public gets nothing', async () => {
    const { loginAuthor } = await client.request(StaffLogin, {
      email: DEMO.editor,
      password: DEMO.password,
    })
    const { docs } = await server.payload.find({
      collection: 'articles',
      where: { slug: { equals: DEMO.listicle } },
      depth: 0,
    })
    // A new draft of a published article: the public keeps reading the published version.
    await server.payload.update({
      collection: 'articles',
      id: docs[0].id,
      draft: true,
      data: { title: 'Four kiss scenes (draft retitle)' },
    })
    const editor = clientWith(String(loginAuthor?.token))
    const draft = await editor.request(DraftArticle, { id: Number(docs[0].id) })
    expect(draft.Article?.title).toBe('Four kiss scenes (draft retitle)')
    const published = await client.request(DraftArticle, { id: Number(docs[0].id) })
    expect(published.Article?.title).not.toBe('Four kiss scenes (draft retitle)')
  })
})
