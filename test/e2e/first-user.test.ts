import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import type { AppServer } from '../helpers/appServer'
import { startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { ApiClient } from '../helpers/http'

const ARTIFACTS = path.resolve('test/.artifacts')

let app: AppServer
let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  app = await startAppServer({ shouldSeed: false, canUseDevServer: true })
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

it('asks for the e-mail once and makes the first account the admin', async () => {
  const context = await browser.newContext()
  // Next's dev server compiles each admin route on its first request: minutes on a loaded machine.
  context.setDefaultNavigationTimeout(560_000)
  context.setDefaultTimeout(300_000)
  const page = await context.newPage()
  await page.goto(`${app.url}/admin/create-first-user`, { timeout: 560_000 })
  await page.locator('#field-password').waitFor({ timeout: 560_000 })
  await page.waitForLoadState('networkidle')
  await expect(page.locator('input[type="email"]:visible').count()).resolves.toBe(1)
  await expect(page.locator('#field-apiKey:visible').count()).resolves.toBe(0)
  // The first account is always the admin: no role to choose (or leave empty).
  await expect(page.locator('#field-role:visible').count()).resolves.toBe(0)
  await page.screenshot({ path: path.join(ARTIFACTS, 'first-user.png'), fullPage: true })

  // Payload's hidden repeat of the field shares its id: fill the one people see.
  await page.locator('#field-email:visible').fill('first@showrunner.test')
  await page.locator('#field-password').fill('first-password-1')
  await page.locator('#field-confirm-password').fill('first-password-1')
  await page.locator('#field-name').fill('First Editor')
  await page.locator('#field-handle').fill('first_editor')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('create-first-user'), { timeout: 120_000 })

  const login = await new ApiClient(app.url).post('/api/authors/login', {
    email: 'first@showrunner.test',
    password: 'first-password-1',
  })
  expect(login.status).toBe(200)
  const me = await new ApiClient(app.url, login.body.token).get('/api/authors/me')
  expect(me.body.user).toMatchObject({ email: 'first@showrunner.test', role: 'admin' })
  await page.context().close()
}, 900_000)
