import type { Browser, Page } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'
import { richText } from '../helpers/spoilerFixtures'

let app: AppServer
let browser: Browser
let editorApi: ApiClient

const EDITOR = 'editor@showrunner.test'

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
  const res = await new ApiClient(app.url).post('/api/authors/login', {
    email: EDITOR,
    password: SEED_PASSWORD,
  })
  if (res.status !== 200) throw new Error(`login ${EDITOR}: ${res.status}`)
  editorApi = new ApiClient(app.url, res.body.token)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function editorPage(): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await loginToAdmin(page, app.url, EDITOR, SEED_PASSWORD)
  return page
}

async function articleId(slug: string): Promise<number | string> {
  const res = await editorApi.get(`/api/articles?where[slug][equals]=${slug}&depth=0&draft=true`)
  expect(res.status).toBe(200)
  return res.body.docs[0].id
}

const flaggedEntries = (page: Page) =>
  page.locator('[data-testid="spoiler-panel"] .sr-spoiler-panel__flagged > li')

describe('the spoiler panel in the article edit view', () => {
  it('lists the flagged items of a seeded listicle with episodes, reasons and overrides', async () => {
    const id = await articleId('secretary-kim-four-kiss-scenes')
    const page = await editorPage()
    await page.goto(`${app.url}/admin/collections/articles/${id}`)
    const panel = page.locator('[data-testid="spoiler-panel"]')
    await panel.waitFor({ timeout: 60_000 })

    const entries = flaggedEntries(page)
    await expect(entries.count()).resolves.toBe(4)
    const texts = await entries.allInnerTexts()
    const headings = [
      'A first try with a twist',
      'A confession that fixes everything',
      'Hiding in the wardrobe',
      'No more secrets',
    ]
    headings.forEach((heading, index) => expect(texts[index]).toContain(`Item: ${heading}`))
    ;[5, 8, 9, 12].forEach((episode, index) =>
      expect(texts[index]).toContain(`What's Wrong with Secretary Kim, episode ${episode}`),
    )
    expect(texts[3]).toContain('linked scene is from episode 12')
    await expect(entries.locator('.sr-spoiler-panel__override').count()).resolves.toBe(4)
    await expect(panel.locator('.sr-spoiler-panel__others summary').innerText()).resolves.toBe(
      'Not flagged (2)',
    )
    await page.context().close()
  })

  it("saves the editor's override from the panel", async () => {
    // A draft of the editor's own, so saving stays a plain draft save.
    const created = await editorApi.post('/api/articles?draft=true&depth=0', {
      title: 'Panel override draft',
      format: 'news',
      body: richText(
        'In episode 12 of Secretary Kim, Young Joon tells Mi So the truth about the kidnapping and they kiss.',
      ),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.spoilerSections[0]).toMatchObject({ spoiler: true, override: 'auto' })

    const page = await editorPage()
    await page.goto(`${app.url}/admin/collections/articles/${id}`)
    // Payload's own select (react-select): open it, pick the option, read the shown value.
    const select = flaggedEntries(page).first().locator('.sr-spoiler-panel__override')
    await select.waitFor({ timeout: 60_000 })
    // The form finishes loading its state after the first paint; a change made earlier is lost.
    await page.waitForLoadState('networkidle')
    await select.locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: 'Not a spoiler' }).click()
    await expect(select.locator('.rs__single-value').innerText()).resolves.toBe('Not a spoiler')
    const saved = page.waitForResponse(
      (res) => res.url().includes(`/api/articles/${id}`) && res.request().method() !== 'GET',
    )
    await page.getByRole('button', { name: 'Save Draft' }).click()
    const response = await saved
    expect({
      status: response.status(),
      body: response.status() < 300 ? '' : await response.text(),
    }).toEqual({ status: 200, body: '' })

    const res = await editorApi.get(`/api/articles/${id}?draft=true&depth=0`)
    expect(res.body.spoilerSections[0]).toMatchObject({
      override: 'safe',
      spoiler: false,
      detected: true,
    })
    expect(res.body.spoilerSummary.hasSpoilers).toBe(false)
    await page.context().close()
  })
})

describe('the articles list', () => {
  it('shows a Spoilers column with the drama and how far each article spoils it', async () => {
    const page = await editorPage()
    await page.goto(`${app.url}/admin/collections/articles?limit=50`)
    const header = page.locator('.table thead th', { hasText: 'Spoilers' })
    await header.waitFor({ timeout: 60_000 })
    const row = page.locator('.table tbody tr', { hasText: 'Four Kiss Scenes' })
    await expect(row.locator('.sr-spoiler-cell').innerText()).resolves.toBe(
      "What's Wrong with Secretary Kim (to ep. 12)",
    )
    await page.context().close()
  })
})
