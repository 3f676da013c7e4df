import '../helpers/checklistOn'

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

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  app = await startAppServer()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await loginToAdmin(page, app.url, email, SEED_PASSWORD)
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifacts, `checklist-${name}.png`), fullPage: true })

/** Waits until the article's latest version has `title` (the admin saves in the background). */
async function waitForTitle(id: string, title: string) {
  const api = new ApiClient(app.url)
  const login = await api.post('/api/authors/login', {
    email: 'editor@showrunner.test',
    password: SEED_PASSWORD,
  })
  const editorApi = new ApiClient(app.url, login.body.token)
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const res = await editorApi.get(`/api/articles/${id}?draft=true&depth=0`)
    if (res.body.title === title) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`article ${id} never got the title ${title}`)
}

const rule = (page: Page, id: string) =>
  page.locator(`[data-testid="checklist-panel"] [data-rule="${id}"]`)

it('shows the checklist live, threads notes, and filters the review queue', async () => {
  // The author saves a bare draft: the sidebar's checklist says what blocks it.
  const author = await pageAs('author@showrunner.test')
  await author.goto(`${app.url}/admin/collections/articles/create`)
  await author.locator('#field-title').fill(`Short ${Date.now() % 1000}`)
  await author.locator('#action-save-draft').click()
  await author.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 60_000 })
  const id = author.url().split('/').pop()!
  const panel = author.locator('[data-testid="checklist-panel"]')
  await panel.waitFor({ timeout: 60_000 })
  expect(await panel.getAttribute('data-status')).toBe('blocked')
  await rule(author, 'heroImage').locator('text=Choose a hero image.').waitFor()
  await rule(author, 'titleLength')
    .and(author.locator('.sr-checklist__rule--recommended'))
    .waitFor()

  // Typing a longer title passes the title rule before anything is saved.
  await author.locator('#field-title').fill('Twelve scenes from Signal that still give us chills')
  await rule(author, 'titleLength').and(author.locator('.sr-checklist__rule--pass')).waitFor({
    timeout: 30_000,
  })
  await shot(author, 'sidebar')
  await author.locator('#action-save-draft').click()
  await author.locator('#field-title').waitFor()
  await waitForTitle(id, 'Twelve scenes from Signal that still give us chills')

  // An editor leaves a note for the author, anchored to the intro and mentioning them.
  const editor = await pageAs('editor@showrunner.test')
  await editor.goto(`${app.url}/admin/collections/articles/${id}`)
  const notes = editor.locator('[data-testid="editorial-notes"]')
  await notes.waitFor({ timeout: 60_000 })
  await notes.locator('textarea').last().fill('@author the hero image needs alt text.')
  await notes.locator('input[type="text"]').last().fill('intro')
  await notes.getByRole('button', { name: 'Add note' }).click()
  await notes.getByText('@author the hero image needs alt text.').waitFor()
  await notes.getByText('on intro').waitFor()

  // The author replies and resolves the thread.
  await author.reload()
  const authorNotes = author.locator('[data-testid="editorial-notes"]')
  await authorNotes.getByText('@author the hero image needs alt text.').waitFor({ timeout: 60_000 })
  await authorNotes.locator('textarea').first().fill('Added, thanks.')
  await authorNotes.getByRole('button', { name: 'Reply' }).click()
  await authorNotes.getByText('Added, thanks.').waitFor()
  await authorNotes.getByRole('button', { name: 'Resolve' }).click()
  await authorNotes.getByText('Resolved').waitFor()
  await authorNotes.scrollIntoViewIfNeeded()
  await shot(author, 'notes')

  // Readers never see notes; staff read them over REST with the thread intact.
  const anonymous = new ApiClient(app.url)
  expect((await anonymous.get(`/api/editorial-notes?where[article][equals]=${id}`)).status).toBe(
    403,
  )
  const login = await anonymous.post('/api/authors/login', {
    email: 'author@showrunner.test',
    password: SEED_PASSWORD,
  })
  const authorApi = new ApiClient(app.url, login.body.token)
  const stored = await authorApi.get(`/api/editorial-notes?where[article][equals]=${id}&depth=0`)
  expect(
    stored.body.docs.map((note: { body: string; resolved: boolean }) => [note.body, note.resolved]),
  ).toEqual([
    ['@author the hero image needs alt text.', true],
    ['Added, thanks.', false],
  ])

  // Submitted as it is, it waits in the review queue under "Blocked".
  const submitted = await authorApi.post(`/api/articles/${id}/workflow`, { action: 'submit' })
  expect(submitted.status).toBe(200)
  await editor.goto(`${app.url}/admin/review-queue?checklist=blocked`)
  const row = editor.locator('#review-queue tr', { hasText: 'Twelve scenes from Signal' })
  await row.waitFor({ timeout: 60_000 })
  await row.locator('.sr-checklist-cell--blocked').waitFor()
  await shot(editor, 'review-queue')
  await editor.goto(`${app.url}/admin/review-queue?checklist=ready`)
  await editor.locator('#review-queue').waitFor()
  expect(
    await editor.locator('#review-queue tr', { hasText: 'Twelve scenes from Signal' }).count(),
  ).toBe(0)
})
