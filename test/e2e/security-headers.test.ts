import type { Browser, Page } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'

// The admin and the site work under the Content-Security-Policy of src/http/securityHeaders.ts:
// no directive is violated while logging in, opening an article in the admin and reading it on
// the site. E2E_BASE_URL (+ E2E_PASSWORD) points the test at a running server instead, such as
// `npm run dev`, whose CSP adds what the development build needs.

let app: AppServer | null = null
let baseUrl: string
let browser: Browser
const password = process.env.E2E_PASSWORD ?? SEED_PASSWORD

beforeAll(async () => {
  if (process.env.E2E_BASE_URL) {
    baseUrl = process.env.E2E_BASE_URL
  } else {
    app = await startAppServer()
    baseUrl = app.url
  }
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A page that records every CSP violation and every console message that reports one. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  // A development server compiles each route on its first request (the admin: a minute or more).
  page.setDefaultTimeout(240_000)
  const violations: string[] = []
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  return { page, violations }
}

it('lets the admin log in and open an article without a CSP violation', async () => {
  const { page, violations } = await watchedPage()
  const login = await page.goto(`${baseUrl}/admin/login`)
  expect(login?.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(login?.headers()['x-frame-options']).toBe('SAMEORIGIN')
  expect(login?.headers()['x-powered-by']).toBeUndefined()
  await loginToAdmin(page, baseUrl, 'admin@showrunner.test', password)
  await page.goto(`${baseUrl}/admin/collections/articles`)
  const firstArticle = page
    .locator('table tbody tr a[href*="/admin/collections/articles/"]')
    .first()
  await firstArticle.waitFor({ timeout: 120_000 })
  await firstArticle.click()
  await page.locator('#field-title').waitFor({ timeout: 120_000 })
  // The rich-text editor renders after hydration: wait for it, so its scripts and styles ran.
  await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 120_000 })
  expect(violations).toEqual([])
}, 300_000)

it('renders an article page on the site without a CSP violation', async () => {
  const { page, violations } = await watchedPage()
  const list = await fetch(`${baseUrl}/api/articles?limit=1&depth=0&select[slug]=true`)
  const { docs } = (await list.json()) as { docs: Array<{ slug: string }> }
  const res = await page.goto(`${baseUrl}/articles/${docs[0].slug}`)
  expect(res?.status()).toBe(200)
  expect(res?.headers()['x-powered-by']).toBeUndefined()
  await page.locator('h1').first().waitFor()
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
}, 300_000)
