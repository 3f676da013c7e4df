import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import { createAccounts } from '../helpers/accounts'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import { startTestServer } from '../helpers/server'

// Rich-text links and URL fields accept only http, https, mailto and relative URLs, on every
// save route; a refusal is a 400 that names the field and writes nothing.

let server: RunningServer
let payload: Payload
let clients: Clients
let serial = 0

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  clients = await logInAll(server.url, await createAccounts(payload))
})

afterAll(async () => {
  await server.close()
})

const articleCount = () => payload.count({ collection: 'articles' }).then((r) => r.totalDocs)

function richText(url: string, type = 'link') {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type,
              version: 3,
              direction: null,
              format: '',
              indent: 0,
              fields: { url, linkType: 'custom', newTab: false },
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: 'watch',
                  format: 0,
                  detail: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      ],
    },
  }
}

const RULE = 'links must use http, https or mailto, or be relative (/path, #anchor).'

describe('rich-text links', () => {
  it.each([
    ['body', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'link'],
    ['intro', 'vbscript:msgbox(1)', 'link'],
    ['body', ' &#106;ava\tscript:alert(1)', 'autolink'],
    ['items.0.body', 'JaVaScRiPt:alert(document.cookie)', 'link'],
  ])('refuses a %s link to %j over REST and GraphQL', async (path, url, type) => {
    const before = await articleCount()
    const content =
      path === 'items.0.body'
        ? { format: 'listicle', items: [{ heading: 'One', body: richText(url, type) }] }
        : { format: 'news', [path]: richText(url, type) }
    const rest = await clients.editor.post('/api/articles?draft=true', {
      title: `Links ${++serial}`,
      ...content,
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].message).toMatch(
      new RegExp(`^${path.replace(/\./g, '\\.')}: the link '`),
    )
    expect(rest.body.errors[0].message).toContain(RULE)
    const gql = await clients.editor.graphql(
      `mutation ($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id } }`,
      { data: { title: `Links ${++serial}`, ...content } },
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(gql.body.errors?.[0]?.message).toContain(RULE)
    expect(await articleCount()).toBe(before)
  })

  it('keeps allowed links, and refuses an update that adds a bad one', async () => {
    const created = await clients.author.post('/api/articles?draft=true', {
      title: `Links ${++serial}`,
      format: 'news',
      body: richText('https://www.netflix.com/title/81091393'),
      intro: richText('#episode-12'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const mail = await clients.author.patch(`/api/articles/${id}?draft=true`, {
      intro: richText('mailto:tips@showrunner.test'),
    })
    expect(mail.status).toBe(200)
    const bad = await clients.author.patch(`/api/articles/${id}?draft=true`, {
      body: richText('data:image/svg+xml,<svg onload=alert(1)>'),
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/^body: the link 'data:image/)
    const stored = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(JSON.stringify(stored.body)).toContain('https://www.netflix.com/title/81091393')
  })
})

describe('URL fields', () => {
  it('refuse other schemes in sources and where-to-watch links, naming the field', async () => {
    const source = await clients.editor.post('/api/articles?draft=true', {
      title: `Links ${++serial}`,
      format: 'news',
      sources: [{ label: 'Evil', url: 'javascript:alert(1)' }],
    })
    expect(source.status).toBe(400)
    expect(JSON.stringify(source.body)).toContain('sources')
    const drama = await clients.editor.post('/api/dramas', {
      title: `Linked drama ${++serial}`,
      whereToWatch: [{ platform: 'Evil', url: 'data:text/html,<script>alert(1)</script>' }],
    })
    expect(drama.status).toBe(400)
    expect(JSON.stringify(drama.body)).toContain('whereToWatch')
  })
})
