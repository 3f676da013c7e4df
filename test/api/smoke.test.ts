import type { RunningServer } from '../../src/server'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'

let server: RunningServer
let api: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  await createAccounts(server.payload)
  api = new ApiClient(server.url)
})

afterAll(async () => {
  await server.close()
})

it('answers /healthz after checking the database', async () => {
  const res = await api.get('/healthz')
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({ status: 'ok' })
})

it('serves REST and GraphQL over real HTTP', async () => {
  const rest = await api.get('/api/dramas')
  expect(rest.status).toBe(200)
  const gql = await api.graphql('{ Dramas { totalDocs } }')
  expect(gql.status).toBe(200)
  expect(gql.body.data.Dramas.totalDocs).toBe(0)
})
