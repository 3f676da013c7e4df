import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'

const ARTIFACTS = path.resolve('test/.artifacts')
const DAY_MS = 86_400_000

let app: AppServer
let browser: Browser
let authorApi: ApiClient
let editorApi: ApiClient

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  app = await startAppServer({ canUseDevServer: true })
  browser = await launchBrowser()
  authorApi = await restAs('author@showrunner.test')
  editorApi = await restAs('editor@showrunner.test')
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function restAs(email: string): Promise<ApiClient> {
  const client = new ApiClient(app.url)
  const res = await client.post('/api/authors/login', { email, password: SEED_PASSWORD })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return new ApiClient(app.url, res.body.token)
}

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext()
  // Next's dev server compiles each admin route on its first request: minutes on a loaded machine.
  context.setDefaultNavigationTimeout(560_000)
  context.setDefaultTimeout(300_000)
  const page = await context.newPage()
  await loginToAdmin(page, app.url, email, SEED_PASSWORD)
  return page
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

/** An author's article moved along by the workflow endpoint (editor approves). */
async function article(title: string, until: 'in_review' | 'approved'): Promise<string> {
  const created = await authorApi.post('/api/articles?draft=true&depth=0', {
    title,
    format: 'news',
  })
  expect(created.status).toBe(201)
  const id = String(created.body.doc.id)
  const flow = (client: ApiClient, body: object) =>
    client.post(`/api/articles/${id}/workflow`, body).then((res) => {
      if (res.status !== 200)
        throw new Error(`${JSON.stringify(body)}: ${JSON.stringify(res.body)}`)
    })
  await flow(authorApi, { action: 'submit' })
  if (until === 'approved') await flow(editorApi, { action: 'approve' })
  return id
}

it('shows an author’s article in review read-only with the reason, and withdraws it in place', async () => {
  const id = await article(`Read-only while in review ${Date.now()}`, 'in_review')
  const page = await pageAs('author@showrunner.test')
  await page.goto(`${app.url}/admin/collections/articles/${id}`, { timeout: 560_000 })
  const lock = page.locator('#workflow-edit-lock')
  await lock.waitFor({ timeout: 560_000 })
  await expect(lock.innerText()).resolves.toContain('in review — withdraw it first')
  await expect(page.locator('#field-title').isDisabled()).resolves.toBe(true)
  // One status (the stage) and no native publish control.
  await expect(page.locator('#workflow-status').innerText()).resolves.toContain('In review')
  await expect(page.locator('#action-save').count()).resolves.toBe(0)
  await shoot(page, 'edit-read-only-in-review')

  // Withdrawing updates the form where it is: no navigation, no reload.
  await page.evaluate(() => ((window as unknown as { srMarker: number }).srMarker = 42))
  await page.locator('#workflow-withdraw').click()
  await page.locator('.sr-stage-field .sr-stage-pill--draft').waitFor({ timeout: 60_000 })
  await lock.waitFor({ state: 'detached', timeout: 60_000 })
  await page.locator('#field-title:not([disabled])').waitFor({ timeout: 60_000 })
  await expect(
    page.evaluate(() => (window as unknown as { srMarker?: number }).srMarker),
  ).resolves.toBe(42)
  await expect(page.locator('#workflow-status').innerText()).resolves.toContain('Draft')
  await shoot(page, 'edit-withdrawn-in-place')
  await page.context().close()
}, 900_000)

it('lists scheduled articles on the calendar, filters them and reschedules through the workflow', async () => {
  const tomorrow = new Date(Date.now() + DAY_MS)
  tomorrow.setUTCHours(12, 0, 0, 0)
  const day = tomorrow.toISOString().slice(0, 10)
  const stamp = Date.now()
  const [movedId, takenId] = [
    await article(`Calendar: moved ${stamp}`, 'approved'),
    await article(`Calendar: published meanwhile ${stamp}`, 'approved'),
  ]
  for (const id of [movedId, takenId]) {
    const res = await editorApi.post(`/api/articles/${id}/workflow`, {
      action: 'schedule',
      publishAt: tomorrow.toISOString(),
    })
    expect(res.status).toBe(200)
  }

  const page = await pageAs('editor@showrunner.test')
  await page.goto(`${app.url}/admin/calendar?view=week&date=${day}`, { timeout: 560_000 })
  await page.locator('#content-calendar').waitFor({ timeout: 560_000 })
  const moved = page.locator(`.sr-calendar__day[data-day="${day}"] [data-id="${movedId}"]`)
  await moved.waitFor()
  await expect(moved.innerText()).resolves.toContain('Scheduled')
  await shoot(page, 'calendar-week')

  // Payload's select: only listicles, then the news pieces again.
  await page.locator('#field-calendar-format .rs__control').click()
  await page.locator('.rs__option', { hasText: 'listicle' }).click()
  await page.waitForURL(/format=listicle/)
  await moved.waitFor({ state: 'detached' })
  await page.goto(`${app.url}/admin/calendar?view=week&date=${day}&format=news`)
  await moved.waitFor({ timeout: 120_000 })

  // Reschedule to two days later at 10:00 (the browser's zone is the machine's).
  const later = new Date(tomorrow.getTime() + DAY_MS)
  later.setHours(10, 0, 0, 0)
  const typed = later.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
  await page.locator(`#calendar-reschedule-${movedId}`).click()
  const input = page.locator(`#calendar-publish-at-${movedId} input`)
  await input.waitFor()
  await input.fill(
    typed
      .replace(' at ', ' ')
      .replace(',', ',')
      .replace(/\u202f/g, ' '),
  )
  await input.press('Tab')
  await shoot(page, 'calendar-reschedule-dialog')
  await page.locator(`#calendar-confirm-${movedId}`).click()
  await page
    .locator(`#calendar-publish-at-${movedId} input`)
    .waitFor({ state: 'hidden', timeout: 60_000 })
  const state = await editorApi.get(`/api/articles/${movedId}/workflow`)
  expect(state.body).toMatchObject({ stage: 'scheduled', publishAt: later.toISOString() })
  expect(state.body.history.slice(-2).map((entry: { action: string }) => entry.action)).toEqual([
    'unschedule',
    'schedule',
  ])
  await page
    .locator(`[data-day="${later.toISOString().slice(0, 10)}"] [data-id="${movedId}"]`)
    .waitFor()

  // Someone publishes the other one meanwhile: the calendar's reschedule shows the server's refusal.
  await editorApi.post(`/api/articles/${takenId}/workflow`, { action: 'unschedule' })
  await editorApi.post(`/api/articles/${takenId}/workflow`, { action: 'publish' })
  await page.locator(`#calendar-reschedule-${takenId}`).click()
  const other = page.locator(`#calendar-publish-at-${takenId} input`)
  await other.waitFor()
  await other.fill(typed.replace(' at ', ' ').replace(/\u202f/g, ' '))
  await other.press('Tab')
  await page.locator(`#calendar-confirm-${takenId}`).click()
  const refusal = page.locator(`#calendar-refusal-${takenId}`)
  await refusal.waitFor({ timeout: 60_000 })
  await expect(refusal.innerText()).resolves.toMatch(
    /stage changed: expected scheduled, is published/,
  )
  await shoot(page, 'calendar-refusal')
  // The refusal stays until the editor closes the dialog; then the calendar catches up.
  await page
    .locator(`#calendar-refusal-${takenId}`)
    .locator('xpath=ancestor::*[contains(@class,"confirmation-modal__wrapper")]')
    .getByRole('button', { name: 'Cancel' })
    .click()
  await page.locator(`#calendar-reschedule-${takenId}`).waitFor({ state: 'detached' })
  await page.context().close()
}, 900_000)
