import type { Browser, Page } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'

let app: AppServer
let browser: Browser

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginToAdmin(page, app.url, email, SEED_PASSWORD)
  return page
}

async function openArticle(page: Page, id: string) {
  await page.goto(`${app.url}/admin/collections/articles/${id}`)
  await page.locator('#workflow-panel').waitFor()
}

/** Clicks a workflow button (and the dialog's confirm, if it asks), then waits for the new stage. */
async function act(page: Page, action: string, stage: string, fill?: () => Promise<void>) {
  await page.locator(`#workflow-${action}`).click()
  if (fill) await fill()
  // These open a dialog (Payload's modal) that asks for a reviewer, note, date or confirmation.
  if (
    ['submit', 'assign', 'request_changes', 'schedule', 'archive', 'unpublish'].includes(action)
  ) {
    await page.locator('#workflow-dialog #workflow-confirm').click()
  }
  await page.locator(`.sr-stage-field .sr-stage-pill--${stage}`).waitFor({ timeout: 60_000 })
  await page.locator('#workflow-panel .sr-workflow__history').waitFor()
}

it('takes an article from an author’s draft to the public site through review', async () => {
  const title = `Hwarang episode 5, reviewed ${Date.now()}`

  // The author writes a draft and submits it; Publish is nowhere to be seen.
  const author = await pageAs('author@showrunner.test')
  await author.goto(`${app.url}/admin/collections/articles/create`)
  await author.locator('#field-title').fill(title)
  await author.locator('#action-save-draft').click()
  await author.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 60_000 })
  const id = author.url().split('/').pop()!
  await author.locator('#workflow-panel').waitFor()
  expect(await author.locator('#action-save').count()).toBe(0)
  await act(author, 'submit', 'in_review')
  expect(await author.locator('#workflow-approve').count()).toBe(0)

  // The editor sends it back with a note.
  const editor = await pageAs('editor@showrunner.test')
  await openArticle(editor, id)
  await act(editor, 'request_changes', 'changes_requested', () =>
    editor.locator('#field-workflow-note').fill('Name the episode in the excerpt.'),
  )

  // The author reads the note, revises and resubmits.
  await openArticle(author, id)
  await author.getByText('Name the episode in the excerpt.').waitFor()
  await author.locator('#field-excerpt').fill('Episode 5: the kiss in the rain.')
  await author.locator('#action-save-draft').click()
  await author.locator('#workflow-submit:not([disabled])').waitFor({ timeout: 60_000 })
  await act(author, 'submit', 'in_review')
  expect(await author.locator('#action-save').count()).toBe(0)

  // The editor approves and publishes.
  await openArticle(editor, id)
  await act(editor, 'approve', 'approved')
  await act(editor, 'publish', 'published')

  // Anyone can now read it over REST, revised.
  const anonymous = new ApiClient(app.url)
  const res = await anonymous.get(`/api/articles/${id}`)
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({ title, excerpt: 'Episode 5: the kiss in the rain.' })
  const editorApi = await restAs('editor@showrunner.test')
  const workflow = await editorApi.get(`/api/articles/${id}/workflow`)
  expect(workflow.body.history.map((entry: { action: string }) => entry.action)).toEqual([
    'submit',
    'request_changes',
    'submit',
    'approve',
    'publish',
  ])
})

async function restAs(email: string): Promise<ApiClient> {
  const client = new ApiClient(app.url)
  const res = await client.post('/api/authors/login', { email, password: SEED_PASSWORD })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return new ApiClient(app.url, res.body.token)
}
