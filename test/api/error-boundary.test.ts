import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// The inputs the security review answered with a 500; each must now be a 4xx with a message that
// names no SQL, table, stack or path, and change nothing.
let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let articleId: number | string

const LEAK = /Failed query|SQLITE|select |insert |node_modules|\/work\/|\.ts:\d+/

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  const data = {
    title: 'A live list',
    format: 'listicle',
    author: accounts.author.id,
    _status: 'published',
  }
  articleId = (await payload.create({ collection: 'articles', data: data as never })).id
})

afterAll(async () => {
  await server.close()
})

const message = (body: { errors?: Array<{ message?: string }> } | null) =>
  body?.errors?.[0]?.message ?? ''

describe('REST', () => {
  it.each([
    [
      'an unknown where operator',
      '/api/articles?where[title][near]=1,2',
      400,
      /'near' works only on point fields/,
    ],
    [
      'a non-date in a date comparison',
      '/api/articles?where[publishedAt][greater_than]=soon',
      400,
      /should be a date/,
    ],
    ['a slug where an id is expected', '/api/articles/some-slug', 404, /articles ids are numbers/],
    ['an id with trailing text', '/api/articles/1abc', 404, /articles ids are numbers/],
    ['__proto__ as an id', '/api/articles/__proto__', 404, /Not Found/],
    ['constructor as an id', '/api/articles/constructor', 404, /Not Found/],
    ['toString as an id', '/api/articles/toString', 404, /Not Found/],
    ['__proto__ as a collection', '/api/__proto__', 404, /Route not found/],
    ['versions of a collection without them', '/api/dramas/versions', 404, /keeps no versions/],
    ['a collection without REST endpoints', '/api/similarity-entries', 404, /Route not found/],
    ['one of its documents', '/api/similarity-postings/1', 404, /Route not found/],
    ['a NUL in a file name', '/api/media/file/%00', 400, /control character/],
    ['a line feed in an id', '/api/articles/1%0A', 400, /control character/],
    ['schedules where no job has one', '/api/payload-jobs/handle-schedules', 404, /schedule/],
    [
      'a file that is not there',
      '/api/media/file/no-such-still.png',
      404,
      /^media has no file named 'no-such-still.png'\.$/,
    ],
    [
      'a file name longer than the file system allows',
      `/api/media/file/${'a'.repeat(300)}.png`,
      404,
      /^media has no file named 'a{80}…'\.$/,
    ],
    ['a slug in an id query', '/api/articles?where[id][in]=a,b', 400, /document id/],
  ])('answers %s with a 4xx and a message', async (_name, path, status, text) => {
    const res = await clients.author.get(path)
    expect({ status: res.status, message: message(res.body) }).toEqual({
      status,
      message: expect.stringMatching(text),
    })
    expect(JSON.stringify(res.body)).not.toMatch(LEAK)
  })

  it.each([['authors'], ['readers']])(
    'answers an e-mail verification on %s, which has none, with a 404',
    async (slug) => {
      const res = await clients.anonymous.post(`/api/${slug}/verify/some-token`, {})
      expect({ status: res.status, message: message(res.body) }).toEqual({
        status: 404,
        message: `${slug} accounts need no e-mail verification.`,
      })
    },
  )

  it.each([
    [
      '20,000 tags',
      { tags: Array.from({ length: 20_000 }, (_, i) => `t${i}`) },
      /'tags' has 20000 values; the limit is 200/,
    ],
    [
      'a relationship to a missing id',
      { dramas: [999_999] },
      /'dramas.0' names dramas 999999, which does not exist/,
    ],
    [
      'a relationship given as a slug',
      { author: 'some-slug' },
      /'author' should be the id of a document in authors/,
    ],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_name, extra, text) => {
    const before = await payload.count({ collection: 'articles' })
    const res = await clients.editor.post('/api/articles', {
      title: `Refused ${Date.now()}`,
      format: 'news',
      ...extra,
    })
    expect({ status: res.status, message: message(res.body) }).toEqual({
      status: 400,
      message: expect.stringMatching(text),
    })
    expect(await payload.count({ collection: 'articles' })).toEqual(before)
  })

  it('refuses a malformed multipart _payload with a 400', async () => {
    const form = new FormData()
    form.append('_payload', '{"title": ')
    const res = await clients.editor.form('POST', '/api/dramas', form)
    expect({ status: res.status, message: message(res.body) }).toEqual({
      status: 400,
      message: expect.stringMatching(/malformed JSON/),
    })
  })

  it.each([[{ a: 1 }], [['publish']], [42]])(
    'refuses the workflow action %j with a 400',
    async (action) => {
      const res = await clients.editor.post(`/api/articles/${articleId}/workflow`, { action })
      expect({ status: res.status, message: message(res.body) }).toEqual({
        status: 400,
        message: expect.stringMatching(/Send 'action' as text/),
      })
    },
  )

  it('answers bulk workflow ids that cannot exist per id, without SQL', async () => {
    const res = await clients.editor.post('/api/articles/workflow', {
      ids: ['abc', { a: 1 }, 2 ** 40],
      action: 'archive',
    })
    expect(res.status).toBe(200)
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([404, 404, 404])
    expect(JSON.stringify(res.body)).not.toMatch(LEAK)
  })

  // The comment's transaction holds it open while the delete runs, then commits: on PostgreSQL the
  // delete has counted no comments and fails on the foreign key; on SQLite it waits and counts one.
  it('answers a comment linked while its article is being deleted with a 409, deleting nothing', async () => {
    const data = {
      title: 'Deleted while commented',
      format: 'news',
      author: accounts.author.id,
      _status: 'published',
    }
    const article = (await payload.create({ collection: 'articles', data: data as never })).id
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const comment = { article, body: 'Posted just in time', reader: accounts.reader.id }
      await payload.create({ collection: 'comments', data: comment as never, req })
      const deleting = clients.editor.delete(`/api/articles/${article}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
      await commitTransaction(req)
      const res = await deleting
      expect({ status: res.status, message: message(res.body) }).toEqual({
        status: 409,
        message: expect.stringMatching(/points at this one|still required by 1 comments/),
      })
      expect(JSON.stringify(res.body)).not.toMatch(LEAK)
    } finally {
      await killTransaction(req)
    }
    const left = await payload.count({ collection: 'articles', where: { id: { equals: article } } })
    expect(left.totalDocs).toBe(1)
  })

  it('refuses to delete an article that comments still require, with a 409', async () => {
    const comment = { article: articleId, body: 'First!', reader: accounts.reader.id }
    await payload.create({ collection: 'comments', data: comment as never })
    const res = await clients.editor.delete(`/api/articles/${articleId}`)
    expect({ status: res.status, message: message(res.body) }).toEqual({
      status: 409,
      message: expect.stringMatching(/still required by 1 comments \(article\)/),
    })
    expect((await payload.findByID({ collection: 'articles', id: articleId })).id).toEqual(
      articleId,
    )
  })
})

describe('GraphQL', () => {
  it('gives every error a 4xx statusCode, GraphQL validation errors included', async () => {
    const res = await clients.anonymous.graphql('{ Article(id: "some-slug") { id } }')
    expect(res.body.errors?.length).toBeGreaterThan(0)
    expect(res.body.errors?.every((error) => error.extensions?.statusCode === 400)).toBe(true)
  })

  it('refuses a relationship to a missing id with a 400 naming the field', async () => {
    const mutation = 'mutation($d: mutationArticleInput!) { createArticle(data: $d) { id } }'
    const res = await clients.author.graphql(mutation, {
      d: { title: 'Ghost', format: 'news', dramas: [999_999] },
    })
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/'dramas.0' names dramas 999999/),
      extensions: { statusCode: 400 },
    })
  })
})
