import type { RunningServer } from '../../src/server'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'

// GraphQL documents are checked before anything runs: a bad one is a 400 with a message, never a
// 500 or a 200 carrying errors. Default limits (depth 15, 30 aliases, complexity 1000).
let server: RunningServer
let anonymous: ApiClient
let articleId: number | string

const refusal = async (query: string) => {
  const answer = await anonymous.graphql(query)
  expect(answer.status).toBe(400)
  return (answer.body.errors ?? []).map((error) => error.message)
}

beforeAll(async () => {
  server = await startTestServer()
  anonymous = new ApiClient(server.url)
  const author = await server.payload.create({
    collection: 'authors',
    data: { email: 'gql@test.showrunner', password: 'test-password-1', name: 'G', handle: 'gql' },
  })
  const article = await server.payload.create({
    collection: 'articles',
    data: { title: 'Ten kisses', format: 'listicle', author: author.id, _status: 'published' },
  })
  articleId = article.id
})

afterAll(async () => {
  await server?.close()
})

it('refuses a fragment cycle with a 400 instead of overflowing the stack', async () => {
  const query = `query { Articles { docs { ...A } } }
    fragment A on Article { title ...B } fragment B on Article { slug ...A }`
  expect(await refusal(query)).toEqual(['Cannot spread fragment "A" within itself via "B".'])
})

it('refuses a query nested deeper than the limit', async () => {
  const nested = `query { Articles { docs { ${'dramas { cast { person { '.repeat(5)} id ${'} } } '.repeat(5)} } } }`
  expect(await refusal(nested)).toEqual(['The query is nested 18 levels deep; the limit is 15.'])
})

it('refuses 300 aliases of spoilerSafeArticle before running them', async () => {
  const aliases = Array.from(
    { length: 300 },
    (_, i) => `a${i}: spoilerSafeArticle(id: ${articleId}) { id }`,
  )
  expect(await refusal(`query { ${aliases.join(' ')} }`)).toEqual([
    'The document has 300 aliased fields; the limit is 30.',
  ])
})

it('refuses a query over the complexity budget, with custom queries priced', async () => {
  // similarArticles costs 20 plus its selection per listed article: 10 × (20 + 20 × 5) = 1200.
  const aliases = Array.from(
    { length: 10 },
    (_, i) =>
      `s${i}: similarArticles(id: ${articleId}, limit: 20) { score article { title slug excerpt } }`,
  )
  expect(await refusal(`query { ${aliases.join(' ')} }`)).toEqual([
    'The query exceeds the maximum complexity of 1000. Actual complexity is 1200',
  ])
})

it('answers syntax and schema errors, and a missing query, with a 400 and the message', async () => {
  expect(await refusal('{ Articles { docs { id }')).toEqual([
    expect.stringMatching(/^Syntax Error: Expected Name, found <EOF>/),
  ])
  expect(await refusal('{ Articles { docs { idd } } }')).toEqual([
    'Cannot query field "idd" on type "Article". Did you mean "id"?',
  ])
  const missing = await anonymous.post('/api/graphql', { variables: {} })
  expect(missing.status).toBe(400)
  expect(missing.body.errors[0].message).toBe(
    'A GraphQL request is a JSON object with a non-empty `query` string.',
  )
})

it('leaves ordinary queries alone', async () => {
  const list = await anonymous.graphql('{ Articles { docs { id title } } }')
  expect(list).toMatchObject({
    status: 200,
    body: { data: { Articles: { docs: [{ title: 'Ten kisses' }] } } },
  })
  const one = await anonymous.graphql(
    `query A { a: spoilerSafeArticle(id: ${articleId}) { title } b: similarArticles(id: ${articleId}) { score } }`,
  )
  expect(one).toMatchObject({ status: 200, body: { data: { a: { title: 'Ten kisses' }, b: [] } } })
})
