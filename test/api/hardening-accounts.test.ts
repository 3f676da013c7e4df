import type { Payload } from 'payload'

import { MIN_PASSWORD_LENGTH } from '../../src/auth/passwordPolicy'
import { verifyPassword } from '../../src/auth/verifyPassword'
import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts, PASSWORD } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// The password policy on every route that sets a password, and the current password required to
// change one's own e-mail address: over REST and GraphQL against the running server.

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let anonymous: ApiClient

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  anonymous = new ApiClient(server.url)
})

afterAll(async () => {
  await server.close()
})

const count = (collection: 'readers' | 'authors') =>
  payload.count({ collection, overrideAccess: true }).then((r) => r.totalDocs)
const stored = (collection: 'readers' | 'authors', id: number | string) =>
  payload.db.findOne<{ id: number | string } & Record<string, unknown>>({
    collection,
    where: { id: { equals: id } },
  })

const TOO_SHORT = `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`
const BLANK = 'The password cannot be blank.'
const IS_EMAIL = 'The password cannot be the e-mail address (or its name before the @).'

describe('password policy', () => {
  const cases: Array<[string, string, string]> = [
    ['a 3-character password', 'abc', TOO_SHORT],
    ['a 9-character password', 'abcdefghi', TOO_SHORT],
    ['an all-spaces password', ' '.repeat(12), BLANK],
    ['the e-mail address', 'Policy-Case@test.showrunner', IS_EMAIL],
  ]

  it.each(cases)(
    'refuses %s at sign-up over REST and GraphQL, creating nothing',
    async (_, password, message) => {
      const before = await count('readers')
      const email = 'policy-case@test.showrunner'
      const rest = await anonymous.post('/api/readers', { email, password, displayName: 'Policy' })
      expect(rest.status).toBe(400)
      expect(rest.body.errors[0].message).toBe(message)
      const gql = await anonymous.graphql(
        `mutation ($email: String!, $password: String!) {
        createReader(data: { email: $email, password: $password, displayName: "Policy" }) { id }
      }`,
        { email, password },
      )
      expect(gql.body.errors?.[0]).toMatchObject({ message, extensions: { statusCode: 400 } })
      expect(await count('readers')).toBe(before)
    },
  )

  it('accepts a 10-character password, and refuses a short one for new staff', async () => {
    const ok = await anonymous.post('/api/readers', {
      email: 'ten-chars@test.showrunner',
      password: 'ten-chars!',
      displayName: 'Ten',
    })
    expect(ok.status).toBe(201)
    const before = await count('authors')
    const staff = await clients.admin.post('/api/authors', {
      email: 'short-staff@test.showrunner',
      password: 'short',
      name: 'Short',
      handle: 'short-staff',
      role: 'author',
    })
    expect(staff.status).toBe(400)
    expect(staff.body.errors[0].message).toBe(TOO_SHORT)
    expect(await count('authors')).toBe(before)
  })

  it('refuses a weak new password on update over REST and GraphQL; the old one still works', async () => {
    const rest = await clients.reader.patch(`/api/readers/${accounts.reader.id}`, {
      password: 'abc',
      'confirm-password': 'abc',
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].message).toBe(TOO_SHORT)
    const gql = await clients.author.graphql(
      `mutation ($id: Int!) { updateAuthor(id: $id, data: { password: "            " }) { id } }`,
      { id: Number(accounts.author.id) },
    )
    expect(gql.body.errors?.[0]).toMatchObject({ message: BLANK, extensions: { statusCode: 400 } })
    const mine = await clients.reader.patch(`/api/readers/${accounts.reader.id}`, {
      password: 'reader@test.showrunner',
    })
    expect(mine.body.errors[0].message).toBe(IS_EMAIL)
    for (const account of [accounts.reader, accounts.author]) {
      expect(await verifyPassword(PASSWORD, await stored(account.collection, account.id))).toBe(
        true,
      )
    }
  })

  it('refuses a weak password at reset-password over REST and GraphQL', async () => {
    const email = 'reset-me@test.showrunner'
    await payload.create({
      collection: 'readers',
      data: { email, password: PASSWORD, displayName: 'Reset' },
    })
    expect((await anonymous.post('/api/readers/forgot-password', { email })).status).toBe(200)
    const { resetPasswordToken: token } = (await payload.db.findOne<
      { id: number | string } & Record<string, string>
    >({
      collection: 'readers',
      where: { email: { equals: email } },
    }))!
    expect(token).toEqual(expect.any(String))
    const rest = await anonymous.post('/api/readers/reset-password', { token, password: 'abc' })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].message).toBe(TOO_SHORT)
    const gql = await anonymous.graphql(
      `mutation ($token: String) { resetPasswordReader(token: $token, password: "Reset-Me@test.showrunner") { token } }`,
      { token },
    )
    expect(gql.body.errors?.[0]).toMatchObject({
      message: IS_EMAIL,
      extensions: { statusCode: 400 },
    })
    const good = await anonymous.post('/api/readers/reset-password', {
      token,
      password: 'a-better-password',
    })
    expect(good.status).toBe(200)
  })
})

describe('changing one’s own e-mail address', () => {
  const NEED = 'To change your e-mail address, send your current password as currentPassword.'
  const WRONG = 'The current password is not correct: the e-mail address was not changed.'
  let serial = 0

  async function freshReader() {
    const email = `mover-${++serial}@test.showrunner`
    const doc = await payload.create({
      collection: 'readers',
      data: { email, password: PASSWORD, displayName: `Mover ${serial}` },
    })
    const client = await anonymous.as({
      id: doc.id,
      email,
      role: 'reader',
      collection: 'readers',
      user: { ...doc, collection: 'readers' },
    })
    return { id: doc.id, email, client }
  }

  it('needs the current password over REST, and stores none of it', async () => {
    const { id, email, client } = await freshReader()
    const missing = await client.patch(`/api/readers/${id}`, { email: 'stolen@test.showrunner' })
    expect(missing.status).toBe(403)
    expect(missing.body.errors[0].message).toBe(NEED)
    const wrong = await client.patch(`/api/readers/${id}`, {
      email: 'stolen@test.showrunner',
      currentPassword: 'not-the-password',
    })
    expect(wrong.status).toBe(403)
    expect(wrong.body.errors[0].message).toBe(WRONG)
    expect((await stored('readers', id))!.email).toBe(email)

    const right = await client.patch(`/api/readers/${id}`, {
      email: 'moved@test.showrunner',
      currentPassword: PASSWORD,
    })
    expect(right.status).toBe(200)
    expect(right.body.doc).not.toHaveProperty('currentPassword')
    const row = (await stored('readers', id))!
    expect(row.email).toBe('moved@test.showrunner')
    expect(JSON.stringify(row)).not.toContain(PASSWORD)
    const login = await anonymous.post('/api/readers/login', {
      email: 'moved@test.showrunner',
      password: PASSWORD,
    })
    expect(login.status).toBe(200)
  })

  it('needs the current password over GraphQL', async () => {
    const { id, email, client } = await freshReader()
    const mutation = `mutation ($id: Int!, $data: mutationReaderUpdateInput!) {
      updateReader(id: $id, data: $data) { id email }
    }`
    const missing = await client.graphql(mutation, {
      id: Number(id),
      data: { email: 'gql-stolen@test.showrunner' },
    })
    expect(missing.body.errors?.[0]).toMatchObject({
      message: NEED,
      extensions: { statusCode: 403 },
    })
    expect((await stored('readers', id))!.email).toBe(email)
    const right = await client.graphql(mutation, {
      id: Number(id),
      data: { email: 'gql-moved@test.showrunner', currentPassword: PASSWORD },
    })
    expect(right.body.errors).toBeUndefined()
    expect(right.body.data.updateReader.email).toBe('gql-moved@test.showrunner')
  })

  it('lets a form send the unchanged address back, and binds staff too', async () => {
    const same = await clients.author.patch(`/api/authors/${accounts.author.id}`, {
      email: accounts.author.email.toUpperCase(),
      bio: 'Recaps and lists.',
    })
    expect(same.status).toBe(200)
    const moved = await clients.author.patch(`/api/authors/${accounts.author.id}`, {
      email: 'new-author@test.showrunner',
    })
    expect(moved.status).toBe(403)
    expect(moved.body.errors[0].message).toBe(NEED)
  })

  it('lets an admin change someone else’s address without a password', async () => {
    const { id } = await freshReader()
    const res = await clients.admin.patch(`/api/readers/${id}`, {
      email: 'admin-moved@test.showrunner',
    })
    expect(res.status).toBe(200)
    expect((await stored('readers', id))!.email).toBe('admin-moved@test.showrunner')
  })
})
