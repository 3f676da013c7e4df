import type { Browser } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'
import { articles } from '../../src/seed/data/articles'
import { desk } from '../../src/seed/newsroom'

// The demo newsroom: what is live, and what the demo author has on the desk (not live, not archived).
const LIVE = articles.length + desk.filter((article) => article.stage === 'published').length
const AUTHORS_OWN = desk.filter(
  (article) => article.by === 'author' && !['published', 'archived'].includes(article.stage),
).length

let app: AppServer
let browser: Browser
let adminApi: ApiClient

async function restAs(email: string): Promise<ApiClient> {
  const client = new ApiClient(app.url)
  const res = await client.post('/api/authors/login', { email, password: SEED_PASSWORD })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return new ApiClient(app.url, res.body.token)
}

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
  adminApi = await restAs('admin@showrunner.test')
  // A draft by someone other than the demo author: editors must see it, the author must not.
  const res = await adminApi.post('/api/articles?draft=true', {
    title: 'Admin draft nobody else wrote',
    format: 'news',
  })
  expect(res.status).toBe(201)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageAs(email: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginToAdmin(page, app.url, email, SEED_PASSWORD)
  return page
}

async function navLinks(page: Awaited<ReturnType<typeof pageAs>>): Promise<string[]> {
  await page.locator('nav a[href="/admin/collections/articles"]').first().waitFor()
  return page
    .locator('nav a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

async function articleTitles(page: Awaited<ReturnType<typeof pageAs>>): Promise<string[]> {
  await page.goto(`${app.url}/admin/collections/articles?limit=50`)
  await page.locator('.table tbody tr').first().waitFor()
  return page.locator('.table tbody tr .cell-title').allInnerTexts()
}

describe('what each staff role sees in the admin', () => {
  it('an author sees no staff management and only their own or published articles', async () => {
    const page = await pageAs('author@showrunner.test')
    const links = await navLinks(page)
    expect(links).toContain('/admin/collections/articles')
    expect(links).not.toContain('/admin/collections/authors')
    expect(links).not.toContain('/admin/collections/readers')
    const titles = await articleTitles(page)
    expect(titles).not.toContain('Admin draft nobody else wrote')
    expect(titles.length).toBe(LIVE + AUTHORS_OWN)
    await page.context().close()
  })

  it('an editor manages staff views and sees every article, drafts included', async () => {
    const page = await pageAs('editor@showrunner.test')
    const links = await navLinks(page)
    expect(links).toEqual(
      expect.arrayContaining(['/admin/collections/authors', '/admin/collections/readers']),
    )
    const titles = await articleTitles(page)
    expect(titles).toContain('Admin draft nobody else wrote')
    // Every seeded article, whatever its stage, and the admin's draft.
    expect(titles.length).toBe(articles.length + desk.length + 1)
    await page.context().close()
  })

  it('an admin sees staff accounts with their e-mail addresses', async () => {
    const page = await pageAs('admin@showrunner.test')
    await page.goto(`${app.url}/admin/collections/authors`)
    await page.locator('.table tbody tr').first().waitFor()
    await expect(page.locator('.table tbody').innerText()).resolves.toContain(
      'editor@showrunner.test',
    )
    await page.context().close()
  })
})

describe('an editor writes a listicle in the admin', () => {
  it('creates an article with two scene-linked items; dramas fill in from the scenes', async () => {
    const page = await pageAs('editor@showrunner.test')
    await page.goto(`${app.url}/admin/collections/articles/create`)
    // The form hydrates after the HTML arrives; a click before that is lost, so wait for quiet.
    await page.waitForLoadState('networkidle')
    await page.locator('#field-title').fill('Two Secretary Kim moments')

    const pickScene = async (index: number, search: string) => {
      const heading = page.locator(`#field-items__${index}__heading`)
      for (let attempt = 0; attempt < 5 && (await heading.count()) === 0; attempt++) {
        await page.getByRole('button', { name: 'Add Item' }).click()
        await heading.waitFor({ timeout: 10_000 }).catch(() => undefined)
      }
      await heading.fill(`Moment ${index + 1}`)
      const scene = page.locator(`#field-items__${index}__scene`)
      await scene.locator('.rs__control').click()
      await scene.locator('input').fill(search)
      await page.locator('.rs__option', { hasText: search }).first().click()
    }
    await pickScene(0, 'Mi So confesses first')
    await pickScene(1, 'Make-up kiss in the wardrobe')

    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
    const id = page.url().match(/articles\/(\d+)/)![1]

    const res = await adminApi.get(`/api/articles/${id}?draft=true&depth=1`)
    expect(res.status).toBe(200)
    expect(res.body.items.map((item: { scene: { title: string } }) => item.scene.title)).toEqual([
      'Mi So confesses first',
      'Make-up kiss in the wardrobe',
    ])
    expect(res.body.dramas.map((drama: { title: string }) => drama.title)).toEqual([
      "What's Wrong with Secretary Kim",
    ])
    // The author is embedded as a public card (src/delivery/cards.ts): the editor, without e-mail.
    expect(res.body.author.handle).toBe('eun_editor')
    expect(res.body.author.email).toBeUndefined()
    await page.context().close()
  })
})
