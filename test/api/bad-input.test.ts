import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import type { Answer } from '../helpers/answers'
import { graphqlAnswer, restAnswer } from '../helpers/answers'
import { collectionApi, expectStatus, PROTOCOLS } from '../helpers/collectionApi'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

/** A bad request, the collection that must not grow, and the 4xx and message that must come back. */
type Case = {
  collection: 'articles' | 'comments' | 'dramas' | 'scenes' | 'editorial-notes'
  send: () => Promise<Answer>
  status: number
  message: RegExp
}

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let dramaId: number | string
let publishedId: number | string
let draftId: number | string

type Data = Record<string, unknown>
// Bodies are built when the test runs: the ids they name exist only after beforeAll.
const post = (who: keyof Clients, path: string, body: () => Data | string) => async () =>
  restAnswer(await clients[who].post(path, body()))
const create = (who: keyof Clients, name: string, data: () => Data) => async () => {
  const mutation = `mutation($data: mutation${name}Input!) { create${name}(data: $data) { id } }`
  return graphqlAnswer(await clients[who].graphql(mutation, { data: data() }))
}

const drama = (extra: Data) => () => ({ title: 'Hwarang', episodes: 20, ...extra })
const asDrama = (extra: Data) => post('editor', '/api/dramas', drama(extra))
const asComment = (extra: () => Data) =>
  post('reader', '/api/comments', () => ({ article: publishedId, body: 'Ep 9!', ...extra() }))
const viki = { platform: 'Viki', url: 'https://www.viki.com' }

const REST: Record<string, Case> = {
  'an unknown field': {
    collection: 'dramas',
    send: asDrama({ titel: 'typo' }),
    status: 400,
    message: /Unknown field 'titel' in dramas/,
  },
  'an unknown field in an array row': {
    collection: 'dramas',
    send: asDrama({ whereToWatch: [{ ...viki, price: 3 }] }),
    status: 400,
    message: /'whereToWatch\.0\.price'/,
  },
  'an unknown field in a group': {
    collection: 'dramas',
    send: asDrama({ schedule: { weekday: 'monday' } }),
    status: 400,
    message: /'schedule\.weekday'/,
  },
  'a number given as text': {
    collection: 'dramas',
    send: asDrama({ episodes: 'many' }),
    status: 400,
    message: /episodes/,
  },
  'a title given as an object': {
    collection: 'dramas',
    send: asDrama({ title: { en: 'Hwarang' } }),
    status: 400,
    message: /'title' should be text, not an object/,
  },
  'aliases given as one string': {
    collection: 'dramas',
    send: asDrama({ aliases: 'Hwarang: The Beginning' }),
    status: 400,
    message: /'aliases' should be a list of text values/,
  },
  'a value outside a select': {
    collection: 'dramas',
    send: asDrama({ status: 'cancelled' }),
    status: 400,
    message: /status: This field has an invalid selection/,
  },
  'an invalid URL in whereToWatch': {
    collection: 'dramas',
    send: asDrama({ whereToWatch: [{ ...viki, url: 'not a url' }] }),
    status: 400,
    message: /whereToWatch\.0\.url: 'not a url' is not a URL/,
  },
  'a group given as null': {
    collection: 'dramas',
    send: asDrama({ schedule: null }),
    status: 400,
    message: /'schedule' should be an object, not null/,
  },
  'a list of rows given as null': {
    collection: 'dramas',
    send: asDrama({ whereToWatch: null }),
    status: 400,
    message: /'whereToWatch' should be a list, not null/,
  },
  'a list where one upload goes': {
    collection: 'dramas',
    send: asDrama({ poster: [] }),
    status: 400,
    message: /'poster' should be the id of one document in media, not a list/,
  },
  'an empty date': {
    collection: 'articles',
    send: post('editor', '/api/articles', () => ({
      ...{ title: 'Undated', format: 'news' },
      publishedAt: '',
    })),
    status: 400,
    message: /'publishedAt' should be a date such as 2026-12-07T21:00:00Z, not ''/,
  },
  'an editorial note body given as a list': {
    collection: 'editorial-notes',
    send: post('editor', '/api/editorial-notes', () => ({ article: publishedId, body: [] })),
    status: 400,
    message: /'body' should be text, not a list/,
  },
  'malformed JSON': {
    collection: 'dramas',
    send: post('editor', '/api/dramas', () => '{"title": "Hwarang", '),
    status: 400,
    message: /Invalid JSON/,
  },
  'JSON that is not an object': {
    collection: 'dramas',
    send: post('editor', '/api/dramas', () => '["Hwarang"]'),
    status: 400,
    message: /The request body must be a JSON object/,
  },
  'a write without a JSON body': {
    collection: 'dramas',
    send: async () => restAnswer(await clients.editor.request('POST', '/api/dramas')),
    status: 400,
    message: /send it as a JSON object/,
  },
  'a body over the size limit': {
    collection: 'dramas',
    send: asDrama({ synopsis: 'x'.repeat(3 * 1024 * 1024) }),
    status: 413,
    message: /The request body is too large/,
  },
  'a scene after the last episode of its drama': {
    collection: 'scenes',
    send: post('author', '/api/scenes', () => ({ title: 'Late', drama: dramaId, episode: 17 })),
    status: 400,
    message: /Episode 17 is out of range: "Kill Me Heal Me" has 16 episodes/,
  },
  'a scene of a drama that does not exist': {
    collection: 'scenes',
    send: post('author', '/api/scenes', () => ({ title: 'Lost', drama: 999999, episode: 1 })),
    status: 400,
    message: /999999/,
  },
  'a comment on an unpublished article': {
    collection: 'comments',
    send: asComment(() => ({ article: draftId })),
    status: 400,
    message: /Comments are open only on published articles/,
  },
  'an empty comment': {
    collection: 'comments',
    send: asComment(() => ({ body: '' })),
    status: 400,
    message: /A comment cannot be empty/,
  },
  'a whitespace-only comment': {
    collection: 'comments',
    send: asComment(() => ({ body: ' \n\t ' })),
    status: 400,
    message: /A comment cannot be empty/,
  },
  'a 1 MB comment': {
    collection: 'comments',
    send: asComment(() => ({ body: 'x'.repeat(1024 * 1024) })),
    status: 400,
    message: /body: This value must be shorter than the max length of 2000 characters/,
  },
  'a comment body that is not text': {
    collection: 'comments',
    send: asComment(() => ({ body: { text: 'Ep 9!' } })),
    status: 400,
    message: /'body' should be text, not an object/,
  },
  'a reader forged in a comment': {
    collection: 'comments',
    send: asComment(() => ({ reader: accounts.reader2.id })),
    status: 403,
    message: /A comment is always posted as the logged-in reader/,
  },
  'an author forging the author of an article': {
    collection: 'articles',
    send: post('author', '/api/articles', () => ({
      ...{ title: 'Ghost-written', format: 'news' },
      author: accounts.author2.id,
    })),
    status: 403,
    message: /Authors cannot set another author on an article/,
  },
}

const GRAPHQL: Record<string, Case> = {
  'a number given as text': {
    collection: 'dramas',
    send: create('editor', 'Drama', drama({ episodes: 'many' })),
    status: 400,
    message: /Int cannot represent non-integer value: "many"/,
  },
  'a scene after the last episode of its drama': {
    collection: 'scenes',
    send: create('author', 'Scene', () => ({
      title: 'Late',
      drama: dramaId,
      episode: 17,
      kind: 'kiss',
    })),
    status: 400,
    message: /has 16 episodes/,
  },
  'a whitespace-only comment': {
    collection: 'comments',
    send: create('reader', 'Comment', () => ({ article: publishedId, body: '   ' })),
    status: 400,
    message: /A comment cannot be empty/,
  },
  'a comment on an unpublished article': {
    collection: 'comments',
    send: create('reader', 'Comment', () => ({ article: draftId, body: 'First!' })),
    status: 400,
    message: /Comments are open only on published articles/,
  },
  'a reader forged in a comment': {
    collection: 'comments',
    send: create('reader', 'Comment', () => ({
      article: publishedId,
      body: 'Hi',
      reader: accounts.reader2.id,
    })),
    status: 403,
    message: /A comment is always posted as the logged-in reader/,
  },
  'an author forging the author of an article': {
    collection: 'articles',
    send: create('author', 'Article', () => ({
      title: 'Ghost',
      format: 'news',
      author: accounts.author2.id,
    })),
    status: 403,
    message: /Authors cannot set another author on an article/,
  },
}

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  const data = { title: 'Kill Me Heal Me', episodes: 16 }
  dramaId = (await payload.create({ collection: 'dramas', data })).id
  const article = async (status: 'draft' | 'published') => {
    const data = {
      title: `A ${status} list`,
      format: 'listicle' as const,
      author: accounts.author.id,
    }
    return (await payload.create({ collection: 'articles', data: { ...data, _status: status } })).id
  }
  publishedId = await article('published')
  draftId = await article('draft')
})

afterAll(async () => {
  await server.close()
})

describe.each([
  ['REST', REST],
  ['GraphQL', GRAPHQL],
])('%s', (_protocol, cases) => {
  it.each(Object.entries(cases))('refuses %s with a 4xx naming the problem', async (_name, c) => {
    const before = (await payload.count({ collection: c.collection })).totalDocs
    const answer = await c.send()
    expect(answer).toEqual({ status: c.status, text: expect.stringMatching(c.message) })
    expect((await payload.count({ collection: c.collection })).totalDocs).toBe(before)
  })
})

describe('an update with a value Payload stored or failed on', () => {
  // Each of these was a 500; an empty date was stored, and every later read of the article failed.
  it.each([
    ['an empty date', () => `/api/articles/${publishedId}`, { publishedAt: '' }, /'publishedAt'/],
    ['a null group', () => `/api/articles/${publishedId}`, { spoilerSummary: null }, /not null/],
    ['a null list', () => `/api/dramas/${dramaId}`, { cast: null }, /'cast' should be a list/],
    [
      'a missing handle',
      () => `/api/authors/${accounts.author2.id}`,
      { handle: null },
      /handle: A handle is required/,
    ],
  ])('refuses %s with a 400 and changes nothing', async (_name, path, body, message) => {
    const before = await clients.admin.get(path())
    const answer = restAnswer(await clients.admin.request('PATCH', path(), body))
    expect(answer).toEqual({ status: 400, text: expect.stringMatching(message) })
    const after = await clients.admin.get(path())
    expect({ status: after.status, updatedAt: after.body.updatedAt }).toEqual({
      status: 200,
      updatedAt: before.body.updatedAt,
    })
  })
})

describe('malformed where queries', () => {
  it.each([
    [
      'an unknown field',
      'dramas?where[nope][equals]=1',
      /The following path cannot be queried: nope/,
    ],
    ['an unknown operator', 'dramas?where[title][bogus]=x', /cannot be queried: title\.bogus/],
    ['a field it may not read', 'authors?where[email][like]=admin', /cannot be queried: email/],
  ])('answer %s with a 400 naming it', async (_name, path, message) => {
    const answer = restAnswer(await clients.author.get(`/api/${path}`))
    expect(answer).toEqual({ status: 400, text: expect.stringMatching(message) })
  })

  it('answer an unknown GraphQL where field with an error naming it', async () => {
    const query = '{ Dramas(where: { nope: { equals: 1 } }) { totalDocs } }'
    const answer = graphqlAnswer(await clients.anonymous.graphql(query))
    expect(answer).toEqual({ status: 400, text: expect.stringMatching(/"nope" is not defined/) })
  })
})

describe('an author raising their own role', () => {
  it.each(PROTOCOLS)('is refused over %s, and the role stays', async (protocol) => {
    const names = { singular: 'Author', plural: 'Authors', select: 'role' }
    const api = collectionApi(protocol, 'authors', names)
    const outcome = await api.update(clients.author, accounts.author.id, { role: 'admin' })
    expectStatus(outcome, 403, /Only an admin can change a staff role/)
    const stored = await payload.findByID({ collection: 'authors', id: accounts.author.id })
    expect(stored.role).toBe('author')
  })
})
