import type { Browser } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'

let app: AppServer
let browser: Browser

const EDITOR = 'editor@showrunner.test'

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

type Item = { article: { id: number | string; title: string }; score: number }

it('shows the computed similar list in the article edit view, with titles and scores', async () => {
  const api = new ApiClient(app.url)
  const found = await api.get(
    '/api/articles?where[slug][equals]=park-seo-joon-kiss-scenes-that-stole-the-show&depth=0',
  )
  expect(found.status).toBe(200)
  const id = found.body.docs[0].id
  const similar = await api.get(`/api/articles/${id}/similar?limit=20`)
  expect(similar.status).toBe(200)
  const expected = (similar.body.docs as Item[]).map((item) => item.article.title)
  expect(expected.length).toBeGreaterThan(0)

  const page = await (await browser.newContext()).newPage()
  await loginToAdmin(page, app.url, EDITOR, SEED_PASSWORD)
  await page.goto(`${app.url}/admin/collections/articles/${id}`)
  const section = page.locator('.collapsible', { hasText: 'Similar articles' }).last()
  await section.locator('.collapsible__toggle').first().click()
  const list = page.locator('[data-testid="similar-list"]')
  await list.waitFor({ timeout: 60_000 })
  const rows = list.locator('li')
  await expect(rows.count()).resolves.toBe(expected.length)
  const texts = await rows.allInnerTexts()
  expected.forEach((title, index) => expect(texts[index]).toContain(title))
  await expect(rows.first().locator('a').getAttribute('href')).resolves.toMatch(
    /^\/admin\/collections\/articles\/\S+$/,
  )
  await page.context().close()
})
