import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

// Debian's Chromium: Playwright cannot download its own browser on these machines, and the
// background-networking flags stop Chromium from dialling hosts this network refuses.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
  })
}

/** Logs in through the admin's own login form and waits for the dashboard. */
export async function loginToAdmin(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}
