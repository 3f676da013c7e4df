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
    // Payload answers a collection whose REST endpoints are off (`endpoints: false`) with a 501.
    '/api/similarity-entries': 404,
    '/api/similarity-postings': 404,
    '/api/similarity-stats': 404,
    '/api/payload-kv': 404,
    '/api/workflow-events': 200,
    '/api/payload-preferences': 200,
  })
})

it('answers Access to visitors and readers, who may not use the admin panel, with false', async () => {
  const reader = await anonymous.as(accounts.reader)
  const answers = []
  for (const client of [anonymous, reader, admin]) {
    const res = await client.graphql('{ Access { canAccessAdmin } }')
    answers.push({ errors: res.body.errors, data: res.body.data })
  }
  expect(answers).toEqual([
    { errors: undefined, data: { Access: { canAccessAdmin: false } } },
    { errors: undefined, data: { Access: { canAccessAdmin: false } } },
    { errors: undefined, data: { Access: { canAccessAdmin: true } } },
  ])
})

it('has no e-mail verification mutation for accounts that need none', async () => {
  for (const name of ['verifyEmailAuthor', 'verifyEmailReader']) {
    const res = await anonymous.graphql(`mutation { ${name}(token: "some-token") }`)
    expect({ status: res.status, message: res.body.errors?.[0]?.message }).toEqual({
      status: 400,
      message: `Cannot query field "${name}" on type "Mutation".`,
    })
  }
})
