import type { Payload } from 'payload'

import { verifyWebhookSignature } from '../../src/notifications/webhookSignature'
import { getOptionsFromConfig, WEBHOOK_EVENTS } from '../../src/options'
import type { RevalidationEvent } from '../../src/revalidation/events'
import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { tinyPng, uploadForm } from '../helpers/png'
import type { Clients } from '../helpers/roleClients'
import { logInAll } from '../helpers/roleClients'
import type { SimilarCatalog } from '../helpers/similarFixtures'
import { articleData, createSimilarCatalog, liveList, publishNow } from '../helpers/similarFixtures'
import type { WebhookReceiver } from '../helpers/webhookReceiver'
import { registerWebhook, startWebhookReceiver } from '../helpers/webhookReceiver'
import { draftArticle, runWorkflowJobsUntilDone } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

const SECRET = 'revalidation-secret'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let clients: Clients
let anonymous: ApiClient
let receiver: WebhookReceiver
/** Configured through the plugin's options, for `similar.updated` only. */
let similarOnly: WebhookReceiver
let catalog: SimilarCatalog

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  similarOnly = await startWebhookReceiver()
  // The config reads the environment when it is first imported: the server module is imported
  // only once the receiver's address is known.
  process.env.WEBHOOK_URL = receiver.url
  process.env.WEBHOOK_SECRET = SECRET
  const { startTestServer } = await import('../helpers/server')
  server = await startTestServer()
  payload = server.payload
  registerWebhook(payload, { url: similarOnly.url, secret: 'other', events: ['similar.updated'] })
  accounts = await createAccounts(payload)
  clients = await logInAll(server.url, accounts)
  anonymous = new ApiClient(server.url)
  catalog = await createSimilarCatalog(payload)
})

afterAll(async () => {
  await server?.close()
  await receiver?.close()
  await similarOnly?.close()
  delete process.env.WEBHOOK_URL
  delete process.env.WEBHOOK_SECRET
})

type Id = number | string

/**
 * Runs the job queue and returns the revalidation events delivered since the last call, each
 * checked: signed with the secret, and its type in the event header. Workflow events are left out.
 */
async function received(): Promise<RevalidationEvent[]> {
  await runWorkflowJobsUntilDone(payload)
  const events = receiver.deliveries.splice(0).map(({ headers, body }) => {
    const timestamp = Number(headers['x-showrunner-timestamp'])
    const signature = String(headers['x-showrunner-signature'])
    expect(verifyWebhookSignature(SECRET, timestamp, body, signature)).toBe(true)
    const event = JSON.parse(body) as RevalidationEvent
    expect(headers['x-showrunner-event']).toBe(event.type)
    return event
  })
  return events.filter((event) => !event.type.startsWith('article.'))
}

const ofType = (events: RevalidationEvent[], prefix: string) =>
  events.filter((event) => event.type.startsWith(prefix))

const workflow = (client: ApiClient, id: Id, ...actions: string[]) =>
  actions.reduce(async (previous, action) => {
    await previous
    const res = await client.post(`/api/articles/${id}/workflow`, { action })
    expect([action, res.status]).toEqual([action, 200])
  }, Promise.resolve() as Promise<void>)

beforeEach(async () => {
  await received()
  similarOnly.deliveries.splice(0)
})

describe('configuration', () => {
  it('takes its receiver from WEBHOOK_URL and WEBHOOK_SECRET, for every event', () => {
    const webhook = getOptionsFromConfig(payload.config).webhooks.find(
      (candidate) => candidate.url === receiver.url,
    )
    expect(webhook).toEqual({ url: receiver.url, secret: SECRET, events: [...WEBHOOK_EVENTS] })
  })
})

describe('articles', () => {
  it('announces publish, a live update (with a renamed page), and unpublish; never a draft save', async () => {
    const { author, editor } = clients
    const id = await draftArticle(payload, accounts.author, 'Revalidate me')
    expect((await author.patch(`/api/articles/${id}?draft=true`, { excerpt: 'a' })).status).toBe(
      200,
    )
    expect(ofType(await received(), 'content.')).toEqual([])

    await workflow(author, id, 'submit')
    await workflow(editor, id, 'approve', 'publish')
    const published = await received()
    expect(ofType(published, 'content.')).toEqual([
      {
        type: 'content.published',
        occurredAt: expect.any(String),
        collection: 'articles',
        id,
        slug: 'revalidate-me',
        paths: ['/articles/revalidate-me', '/'],
      },
    ])
    // Its own list is part of its own event.
    expect(published.filter((event) => event.id === id)).toHaveLength(1)

    // An edit of the live article is a draft revision: the live page has not changed.
    const edit = await editor.patch(`/api/articles/${id}`, { slug: 'revalidate-me-renamed' })
    expect(edit.status).toBe(200)
    expect(ofType(await received(), 'content.')).toEqual([])

    await workflow(editor, id, 'submit', 'approve', 'publish')
    expect(ofType(await received(), 'content.')).toEqual([
      expect.objectContaining({
        type: 'content.updated',
        id,
        slug: 'revalidate-me-renamed',
        paths: ['/articles/revalidate-me-renamed', '/articles/revalidate-me', '/'],
      }),
    ])

    await workflow(editor, id, 'unpublish')
    expect(ofType(await received(), 'content.')).toEqual([
      expect.objectContaining({
        type: 'content.unpublished',
        id,
        slug: 'revalidate-me-renamed',
        paths: ['/articles/revalidate-me-renamed', '/'],
      }),
    ])
  })

  it('announces the deletion of a live article, and not of a draft', async () => {
    const live = await publishNow(payload, accounts.author.id, {
      title: 'Gone soon',
      format: 'news',
    })
    const draft = await draftArticle(payload, accounts.author, 'Never live')
    await received()
    expect((await clients.admin.delete(`/api/articles/${live}`)).status).toBe(200)
    expect((await clients.admin.delete(`/api/articles/${draft}`)).status).toBe(200)
    expect(ofType(await received(), 'content.')).toEqual([
      expect.objectContaining({
        type: 'content.deleted',
        collection: 'articles',
        id: live,
        slug: 'gone-soon',
        paths: ['/articles/gone-soon', '/'],
      }),
    ])
  })
})

describe('similar lists', () => {
  it('sends similar.updated for each peer whose list a publish, then an unpublish, changed', async () => {
    const peers: Id[] = []
    for (const name of ['qotKisses', 'cloyKisses', 'goblinRomance', 'qotRatings'] as const) {
      peers.push(await publishNow(payload, accounts.author.id, articleData(catalog, name, ' (rv)')))
    }
    await received()
    const listsBefore = new Map<Id, string[]>()
    const snapshot = async () => {
      const lists = new Map<Id, string[]>()
      for (const peer of peers) lists.set(peer, await liveList(payload, peer))
      return lists
    }
    for (const [peer, list] of await snapshot()) listsBefore.set(peer, list)
    similarOnly.deliveries.splice(0)

    const created = await clients.author.post('/api/articles?draft=true', {
      ...articleData(catalog, 'newQotRomance', ' (rv)'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as Id
    await workflow(clients.author, id, 'submit')
    await workflow(clients.editor, id, 'approve', 'publish')

    const changedBy = (before: Map<Id, string[]>, after: Map<Id, string[]>) =>
      peers.filter((peer) => JSON.stringify(before.get(peer)) !== JSON.stringify(after.get(peer)))
    const listsAfter = await snapshot()
    const entered = changedBy(listsBefore, listsAfter)
    expect(entered.length).toBeGreaterThan(0)
    for (const peer of entered) expect(listsAfter.get(peer)).toContain(String(id))

    const events = await received()
    const similar = ofType(events, 'similar.')
    expect(similar.map((event) => event.id).sort()).toEqual([...entered].sort())
    for (const event of similar) {
      expect(event.collection).toBe('articles')
      expect(event.slug).toEqual(expect.any(String))
      expect(event.paths).toEqual([`/articles/${event.slug}`])
    }
    // The receiver configured in the plugin's options heard only what it subscribed to.
    const filtered = similarOnly.deliveries.splice(0).map((delivery) => JSON.parse(delivery.body))
    expect(filtered.map((event) => event.type)).toEqual(similar.map(() => 'similar.updated'))

    await workflow(clients.editor, id, 'unpublish')
    const left = changedBy(listsAfter, await snapshot())
    expect([...left].sort()).toEqual([...entered].sort())
    const afterUnpublish = ofType(await received(), 'similar.')
    expect(afterUnpublish.map((event) => event.id).sort()).toEqual([...left].sort())
  })
})

describe('dramas, scenes, people, media and staff profiles', () => {
  it('announces each change with its page, its listing and the live articles that show it', async () => {
    const { admin, editor } = clients
    const drama = await editor.post('/api/dramas', { title: 'Signal Fire', episodes: 12 })
    expect(drama.status).toBe(201)
    const dramaId = drama.body.doc.id
    const scene = await editor.post('/api/scenes', {
      title: 'The call',
      drama: dramaId,
      episode: 1,
    })
    const person = await editor.post('/api/people', { name: 'Han Seo Yun' })
    const media = await admin.form(
      'POST',
      '/api/media',
      uploadForm(await tinyPng(), { alt: 'A still' }),
    )
    expect([scene.status, person.status, media.status]).toEqual([201, 201, 201])
    const mediaDoc = media.body.doc as { id: number | string; filename: string }
    const created = ofType(await received(), 'content.')
    expect(created.map((event) => [event.type, event.collection, event.slug])).toEqual([
      ['content.published', 'dramas', 'signal-fire'],
      ['content.published', 'scenes', null],
      ['content.published', 'people', 'han-seo-yun'],
      ['content.published', 'media', null],
    ])
    expect(created[0].paths).toEqual(['/dramas/signal-fire', '/dramas'])
    const filename = mediaDoc.filename
    expect(created[3].paths[0]).toBe(`/api/media/file/${filename}`)

    await publishNow(payload, accounts.author.id, {
      title: 'Signal Fire, scene by scene',
      format: 'listicle',
      heroImage: mediaDoc.id,
      dramas: [dramaId],
      people: [person.body.doc.id],
      items: [{ heading: 'The call', scene: scene.body.doc.id }],
    })
    await received()
    const article = '/articles/signal-fire-scene-by-scene'

    await editor.patch(`/api/dramas/${dramaId}`, { synopsis: 'A radio that reaches the past.' })
    await editor.patch(`/api/scenes/${scene.body.doc.id}`, { description: 'It rings.' })
    await editor.patch(`/api/people/${person.body.doc.id}`, { bio: 'Actor.' })
    await admin.patch(`/api/media/${mediaDoc.id}`, { alt: 'A still from episode 1' })
    const updated = ofType(await received(), 'content.')
    expect(updated.map((event) => [event.type, event.collection, event.id])).toEqual([
      ['content.updated', 'dramas', dramaId],
      ['content.updated', 'scenes', scene.body.doc.id],
      ['content.updated', 'people', person.body.doc.id],
      ['content.updated', 'media', mediaDoc.id],
    ])
    expect(updated[0].paths).toEqual(['/dramas/signal-fire', '/dramas', article])
    expect(updated[1].paths).toEqual([article])
    expect(updated[2].paths).toEqual(['/people/han-seo-yun', '/people', article])
    expect(updated[3].paths).toContain(article)
    expect(updated[3].paths).toContain(`/api/media/file/${filename}`)

    expect((await editor.delete(`/api/people/${person.body.doc.id}`)).status).toBe(200)
    expect(ofType(await received(), 'content.')).toEqual([
      expect.objectContaining({
        type: 'content.deleted',
        collection: 'people',
        slug: 'han-seo-yun',
        paths: ['/people/han-seo-yun', '/people', article],
      }),
    ])
  })

  it("announces a staff member's public profile, not their account", async () => {
    const id = accounts.author2.id
    const self = await new ApiClient(server.url).as(accounts.author2)
    expect((await self.patch(`/api/authors/${id}`, { bio: 'Writes recaps.' })).status).toBe(200)
    expect(ofType(await received(), 'content.')).toEqual([
      expect.objectContaining({
        type: 'content.updated',
        collection: 'authors',
        id,
        slug: 'author2',
        paths: ['/authors/author2', '/authors'],
      }),
    ])
    const password = await self.patch(`/api/authors/${id}`, { password: 'test-password-1' })
    expect(password.status).toBe(200)
    expect(await received()).toEqual([])
  })
})

describe('comments', () => {
  it('announces approval, edits and removal of what the public sees, on the article page', async () => {
    const { editor, reader } = clients
    const articleId = await publishNow(payload, accounts.author.id, {
      title: 'Comment magnet',
      format: 'news',
    })
    await received()
    const posted = await reader.post('/api/comments', { article: articleId, body: 'Loved it' })
    expect(posted.status).toBe(201)
    const id = posted.body.doc.id
    expect(await received()).toEqual([])

    const expected = (type: string) => ({
      type,
      occurredAt: expect.any(String),
      collection: 'comments',
      id,
      slug: null,
      paths: ['/articles/comment-magnet'],
    })
    await editor.patch(`/api/comments/${id}`, { status: 'approved' })
    expect(await received()).toEqual([expected('comment.approved')])
    await editor.patch(`/api/comments/${id}`, { body: 'Loved it!' })
    expect(await received()).toEqual([expected('comment.updated')])
    // The reader renames themself: the name shown with the comment changes.
    await reader.patch(`/api/readers/${accounts.reader.id}`, { displayName: 'Renamed reader' })
    expect(await received()).toEqual([expected('comment.updated')])
    // A reader's edit sends it back to moderation: off the public thread.
    await reader.patch(`/api/comments/${id}`, { body: 'Loved it, mostly' })
    expect(await received()).toEqual([expected('comment.removed')])
    await editor.patch(`/api/comments/${id}`, { status: 'approved' })
    await received()
    expect((await editor.delete(`/api/comments/${id}`)).status).toBe(200)
    expect(await received()).toEqual([expected('comment.removed')])
    await reader.patch(`/api/readers/${accounts.reader.id}`, { displayName: 'Test reader' })
  })
})

describe('opting out', () => {
  it('sends nothing for writes flagged disableRevalidate (the seed) or with the plugin off', async () => {
    await payload.create({
      collection: 'dramas',
      data: { title: 'Seeded quietly', episodes: 8 },
      context: { disableRevalidate: true },
    })
    const options = getOptionsFromConfig(payload.config)
    options.isEnabled = false
    try {
      await payload.create({ collection: 'dramas', data: { title: 'Plugin off', episodes: 8 } })
    } finally {
      options.isEnabled = true
    }
    expect(await received()).toEqual([])
    expect(await anonymous.get('/api/dramas?where[slug][equals]=plugin-off')).toMatchObject({
      status: 200,
      body: { totalDocs: 1 },
    })
  })
})
