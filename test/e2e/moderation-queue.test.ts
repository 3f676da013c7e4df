import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'

const artifacts = path.resolve('test/.artifacts')

let app: AppServer
let browser: Browser
let api: ApiClient
const comments: Array<{ id: number; body: string }> = []
let articleTitle = ''

/** A reader's client on the seeded newsroom (the demo reader). */
async function readerClient(): Promise<ApiClient> {
  const res = await new ApiClient(app.url).post('/api/readers/login', {
    email: 'reader@showrunner.test',
    password: SEED_PASSWORD,
  })
  if (res.status !== 200) throw new Error(`reader login: ${res.status}`)
  return new ApiClient(app.url, res.body.token)
}

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  app = await startAppServer()
  browser = await launchBrowser()
  api = new ApiClient(app.url)
  const { body } = await api.get('/api/articles?limit=1&depth=0&sort=-publishedAt')
  const article = body.docs[0]
  articleTitle = article.title
  const reader = await readerClient()
  for (const [text, spoiler] of [
    [`The rooftop scene wrecked me ${Date.now()}`, false],
    [`He dies in episode 16, I cannot believe it ${Date.now()}`, true],
    [`Buy cheap followers at spam.example ${Date.now()}`, false],
  ] as const) {
    const res = await reader.post('/api/comments', { article: article.id, body: text, spoiler })
    if (res.status !== 201) throw new Error(`comment: ${res.status} ${JSON.stringify(res.body)}`)
    comments.push({ id: res.body.doc.id, body: text })
  }
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await loginToAdmin(page, app.url, email, SEED_PASSWORD)
  return page
}

const row = (page: Page, id: number) => page.locator(`tr[data-comment-id="${id}"]`)

it('lets an editor approve and mark as spam from one queue, without a reload', async () => {
  const editor = await pageAs('editor@showrunner.test')
  await editor.goto(`${app.url}/admin/moderation-queue`)
  await editor.locator('#moderation-queue').waitFor({ timeout: 60_000 })
  for (const comment of comments) await row(editor, comment.id).waitFor()

  // Oldest first, with the article, the reader and the spoiler flag.
  const ids = await editor
    .locator('tr[data-comment-id]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-comment-id'))))
  const ours = ids.filter((id) => comments.some((comment) => comment.id === id))
  expect(ours).toEqual(comments.map((comment) => comment.id))
  await expect(row(editor, comments[0].id).textContent()).resolves.toContain(articleTitle)
  await expect(row(editor, comments[1].id).locator('.pill').textContent()).resolves.toMatch(
    /Marked/,
  )
  await editor.screenshot({ path: path.join(artifacts, 'moderation-queue.png'), fullPage: true })

  // Approve two at once; a reload-free update takes them out of the queue.
  const marker = await editor.evaluate(() => ((window as { srMarker?: number }).srMarker = 1))
  await row(editor, comments[0].id).locator('input[type="checkbox"]').check()
  await row(editor, comments[1].id).locator('input[type="checkbox"]').check()
  await editor.getByRole('button', { name: 'Approve' }).click()
  await row(editor, comments[0].id).waitFor({ state: 'detached', timeout: 30_000 })
  await row(editor, comments[1].id).waitFor({ state: 'detached', timeout: 30_000 })
  await row(editor, comments[2].id).locator('input[type="checkbox"]').check()
  await editor.getByRole('button', { name: 'Mark as spam' }).click()
  await row(editor, comments[2].id).waitFor({ state: 'detached', timeout: 30_000 })
  expect(await editor.evaluate(() => (window as { srMarker?: number }).srMarker)).toBe(marker)
  await editor.screenshot({
    path: path.join(artifacts, 'moderation-queue-after.png'),
    fullPage: true,
  })

  // The server agrees: the approved ones are public, the spam is not.
  expect((await api.get(`/api/comments/${comments[0].id}`)).status).toBe(200)
  expect((await api.get(`/api/comments/${comments[1].id}`)).status).toBe(200)
  expect((await api.get(`/api/comments/${comments[2].id}`)).status).toBe(404)
})

it('shows authors that moderation is for editors', async () => {
  const author = await pageAs('author@showrunner.test')
  await author.goto(`${app.url}/admin/moderation-queue`)
  await author.getByText('Only editors and admins moderate comments.').waitFor({ timeout: 60_000 })
  expect(await author.locator('tr[data-comment-id]').count()).toBe(0)
})
