import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import { ApiClient } from '../helpers/http'
import { tinyPng, uploadForm } from '../helpers/png'
import { RoleClient } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// The write guards (unknown fields, wrong types, JSON bodies) must let through everything Payload's
// own clients send: the admin's first-register, login, logout and refresh, its multipart form saves
// and uploads, duplicates and version restores.
const ADMIN = { email: 'first@test.showrunner', password: 'first-password-1' }

let server: RunningServer
let payload: Payload
let anonymous: ApiClient
let admin: RoleClient

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  anonymous = new ApiClient(server.url)
})

afterAll(async () => {
  await payload.delete({ collection: 'media', where: { id: { exists: true } } })
  await server.close()
})

it('registers the first staff member as admin, with the fields the admin form sends', async () => {
  const res = await anonymous.post('/api/authors/first-register', {
    ...ADMIN,
    'confirm-password': ADMIN.password,
    name: 'First Editor',
    handle: 'first',
  })
  expect({ status: res.status, errors: res.body.errors }).toEqual({
    status: 200,
    errors: undefined,
  })
  const stored = await payload.find({ collection: 'authors', depth: 0 })
  expect(stored.docs.map((doc) => doc.role)).toEqual(['admin'])
})

it('logs staff in, answers me, refreshes and logs out', async () => {
  const login = await anonymous.post('/api/authors/login', ADMIN)
  expect(login.status).toBe(200)
  admin = new RoleClient(server.url, login.body.token)
  expect((await admin.get('/api/authors/me')).body.user.email).toBe(ADMIN.email)
  expect((await admin.post('/api/authors/refresh-token')).status).toBe(200)
  const graphqlLogin = await anonymous.graphql(
    'mutation($email: String!, $password: String!) { loginAuthor(email: $email, password: $password) { token } }',
    ADMIN,
  )
  expect(graphqlLogin.body.data.loginAuthor.token).toEqual(expect.any(String))
  const other = new ApiClient(server.url, graphqlLogin.body.data.loginAuthor.token)
  expect((await other.post('/api/authors/logout')).status).toBe(200)
})

it('signs a reader up with a confirmed password, and logs them in', async () => {
  const reader = { email: 'new-reader@test.showrunner', password: 'reader-password-1' }
  const signUp = await anonymous.post('/api/readers', {
    ...reader,
    'confirm-password': reader.password,
    displayName: 'New Reader',
  })
  expect({ status: signUp.status, errors: signUp.body.errors }).toEqual({
    status: 201,
    errors: undefined,
  })
  expect((await anonymous.post('/api/readers/login', reader)).status).toBe(200)
  expect(
    (await anonymous.post('/api/readers/forgot-password', { email: reader.email })).status,
  ).toBe(200)
})

it('uploads an image over multipart and saves the whole form back', async () => {
  const png = await tinyPng()
  const upload = await admin.form('POST', '/api/media', uploadForm(png, { alt: 'A red still' }))
  expect({ status: upload.status, errors: upload.body.errors }).toEqual({
    status: 201,
    errors: undefined,
  })
  expect(upload.body.doc).toMatchObject({ mimeType: 'image/png', width: 4, height: 3 })

  // The admin sends every field of the document, upload metadata included, as `_payload`.
  const { id, ...doc } = await payload.findByID({
    collection: 'media',
    id: upload.body.doc!.id,
    depth: 0,
  })
  const form = new FormData()
  form.append('_payload', JSON.stringify({ ...doc, alt: 'A red still, cropped' }))
  const save = await admin.form('PATCH', `/api/media/${id}`, form)
  expect({ status: save.status, errors: save.body.errors }).toEqual({
    status: 200,
    errors: undefined,
  })
  expect((await payload.findByID({ collection: 'media', id })).alt).toBe('A red still, cropped')
})

it('saves a staff profile read back from the API, as the admin form sends it', async () => {
  const [self] = (await payload.find({ collection: 'authors', depth: 0 })).docs
  const { id, ...doc } = self
  const form = new FormData()
  form.append('_payload', JSON.stringify({ ...doc, bio: 'Writes about second-lead syndrome.' }))
  const save = await admin.form('PATCH', `/api/authors/${id}`, form)
  expect({ status: save.status, errors: save.body.errors }).toEqual({
    status: 200,
    errors: undefined,
  })
  expect((await payload.findByID({ collection: 'authors', id })).bio).toMatch(/second-lead/)
})

it('duplicates a drama and restores an article version', async () => {
  const drama = await payload.create({
    collection: 'dramas',
    data: {
      title: 'She Was Pretty',
      episodes: 16,
      whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com' }],
    },
  })
  const copy = await admin.post(`/api/dramas/${drama.id}/duplicate`, {
    title: 'She Was Pretty (copy)',
  })
  expect({ status: copy.status, errors: copy.body.errors }).toEqual({
    status: 200,
    errors: undefined,
  })

  const [self] = (await payload.find({ collection: 'authors', depth: 0 })).docs
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'First take', format: 'news', author: self.id },
    draft: true,
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { title: 'Second take' },
    draft: true,
  })
  const { docs } = await payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: article.id } },
    sort: 'createdAt',
  })
  const restore = await admin.post(`/api/articles/versions/${docs[0].id}?draft=true`)
  expect({ status: restore.status, errors: restore.body.errors }).toEqual({
    status: 200,
    errors: undefined,
  })
  const latest = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
  expect(latest.title).toBe('First take')
})
