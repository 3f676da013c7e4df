import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'

// Answers that must not reveal whether an e-mail has an account: the same status and body for a
// registered e-mail and an unknown one. (No lock, and the delay: test/api/rate-limits.test.ts.)
let server: RunningServer
let payload: Payload
let accounts: Accounts
let anonymous: ApiClient

const answerOf = (res: { status: number; body: unknown }) => ({
  status: res.status,
  body: res.body,
})

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  anonymous = new ApiClient(server.url)
})

afterAll(async () => {
  await server?.close()
})

it('answers a wrong password and an unknown e-mail alike', async () => {
  for (const collection of ['readers', 'authors']) {
    const email = collection === 'readers' ? accounts.reader2.email : accounts.editor.email
    const known = await anonymous.post(`/api/${collection}/login`, { email, password: 'wrong' })
    const unknown = await anonymous.post(`/api/${collection}/login`, {
      email: 'ghost@test.showrunner',
      password: 'wrong',
    })
    expect(answerOf(unknown)).toEqual(answerOf(known))
    expect(known.status).toBe(401)
  }
})

it('answers a forgotten password the same for a known and an unknown e-mail', async () => {
  const known = await anonymous.post('/api/readers/forgot-password', {
    email: accounts.reader2.email,
  })
  const unknown = await anonymous.post('/api/readers/forgot-password', {
    email: 'ghost@test.showrunner',
  })
  expect(answerOf(unknown)).toEqual(answerOf(known))
  expect(known.status).toBe(200)
})

it('answers a sign-up with a registered e-mail like a new one, and creates nothing', async () => {
  const before = (await payload.count({ collection: 'readers' })).totalDocs
  const signUp = (email: string) =>
    anonymous.post('/api/readers', { email, password: 'long-enough-1', displayName: 'Someone' })
  const fresh = await signUp('brand-new@test.showrunner')
  const taken = await signUp(accounts.reader.email)
  expect(answerOf(taken)).toEqual(answerOf(fresh))
  expect(answerOf(fresh)).toEqual({
    status: 201,
    body: { doc: null, message: 'Reader successfully created.' },
  })

  const mutation = `mutation($email: String!) {
    createReader(data: { email: $email, password: "long-enough-1", displayName: "Someone" }) { id } }`
  const freshGraphql = await anonymous.graphql(mutation, { email: 'brand-new-2@test.showrunner' })
  const takenGraphql = await anonymous.graphql(mutation, { email: accounts.reader.email })
  expect(answerOf(takenGraphql)).toEqual(answerOf(freshGraphql))
  expect(freshGraphql.body).toEqual({ data: { createReader: null } })

  expect((await payload.count({ collection: 'readers' })).totalDocs).toBe(before + 2)
  const owner = await anonymous.post('/api/readers/login', {
    email: accounts.reader.email,
    password: PASSWORD,
  })
  expect(owner.status).toBe(200)
})

it('still refuses a registered e-mail with an invalid password like a new one', async () => {
  const signUp = (email: string) =>
    anonymous.post('/api/readers', { email, password: 'ab', displayName: 'Someone' })
  const fresh = await signUp('short-password@test.showrunner')
  const taken = await signUp(accounts.reader.email)
  expect(answerOf(taken)).toEqual(answerOf(fresh))
  expect(fresh.status).toBe(400)
})

it('gives staff the real answer: an admin learns the e-mail is taken', async () => {
  const admin = await anonymous.as(accounts.admin)
  const taken = await admin.post('/api/readers', {
    email: accounts.reader.email,
    password: 'long-enough-1',
    displayName: 'Someone',
  })
  expect(taken.status).toBe(400)
  expect(taken.body.errors[0].data.errors[0]).toEqual({
    message: 'A user with the given email is already registered.',
    path: 'email',
  })
})
