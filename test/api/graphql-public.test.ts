import fs from 'node:fs'

import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'

// The schema frontends see over HTTP, and the internal collections left out of it (and of REST
// where nothing needs them). The committed file's content is tested in test/unit/graphql-schema.
let server: RunningServer
let accounts: Accounts
let anonymous: ApiClient
let admin: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  accounts = await createAccounts(server.payload)
  anonymous = new ApiClient(server.url)
  admin = await anonymous.as(accounts.admin)
})

afterAll(async () => {
  await server?.close()
})

it('serves the committed schema.graphql', async () => {
  const res = await anonymous.graphql(getIntrospectionQuery({ specifiedByUrl: true }))
  expect(res.body.errors).toBeUndefined()
  const served = printSchema(buildClientSchema(res.body.data))
  // Ids are Int on SQL databases and String on MongoDB; the committed file is the SQL one.
  const committed = fs.readFileSync('schema.graphql', 'utf8')
  const sameIds = server.payload.db.defaultIDType === 'number' ? committed : null
  if (sameIds) expect(served).toBe(sameIds.trimEnd())
  else expect(served).toContain('type ArticleWorkflowState')
})

it('answers no query on internal collections or credential fields, even to an admin', async () => {
  const cases = [
    '{ SimilarityEntries { totalDocs } }',
    '{ WorkflowEvents { totalDocs } }',
    '{ PayloadJobs { totalDocs } }',
    '{ PayloadPreferences { totalDocs } }',
    '{ Authors { docs { hash salt resetPasswordToken } } }',
    '{ meReader { user { loginAttempts lockUntil } } }',
  ]
  for (const query of cases) {
    const res = await admin.graphql(query)
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors?.[0]?.message).toMatch(/^Cannot query field/)
  }
})

it('keeps REST for what the admin and the workflow use, and nothing for the internal stores', async () => {
  const statuses = async (client: ApiClient, paths: string[]) =>
    Object.fromEntries(
      await Promise.all(paths.map(async (path) => [path, (await client.get(path)).status])),
    )
  expect(
    await statuses(admin, [
      '/api/similarity-entries',
      '/api/similarity-postings',
      '/api/similarity-stats',
      '/api/payload-kv',
      '/api/workflow-events',
      '/api/payload-preferences',
    ]),
  ).toEqual({
    // Payload's answer for a collection whose REST endpoints are off (`endpoints: false`).
    '/api/similarity-entries': 501,
    '/api/similarity-postings': 501,
    '/api/similarity-stats': 501,
    '/api/payload-kv': 501,
    '/api/workflow-events': 200,
    '/api/payload-preferences': 200,
  })
})
