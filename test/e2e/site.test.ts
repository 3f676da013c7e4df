import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { signWebhook } from '../../src/notifications/webhookSignature'
import type { AppServer } from '../helpers/appServer'
import { SEED_PASSWORD, startAppServer } from '../helpers/appServer'
import { launchBrowser, loginToAdmin } from '../helpers/browser'
import { ApiClient } from '../helpers/http'

// The bundled site as readers and staff use it, in Chromium, against the production build.
const LISTICLE = '/articles/secretary-kim-four-kiss-scenes'
const EDITOR = 'editor@showrunner.test'
const READER = 'reader@showrunner.test'
const REVALIDATE_SECRET = 'e2e-revalidate-secret'
const artifacts = path.resolve('test/.artifacts')

let app: AppServer
let browser: Browser
let editorApi: ApiClient

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  process.env.REVALIDATE_SECRET = REVALIDATE_SECRET
  app = await startAppServer()
  browser = await launchBrowser()
  const res = await new ApiClient(app.url).post('/api/authors/login', {
    email: EDITOR,
    password: SEED_PASSWORD,
  })
  if (res.status !== 200) throw new Error(`login ${EDITOR}: ${res.status}`)
  editorApi = new ApiClient(app.url, res.body.token)
  // Pages cached by an earlier run of this build were rendered from another scratch database.
  const purged = await revalidate([LISTICLE])
  if (purged.status !== 200) throw new Error(`revalidate: ${purged.status}`)
}, 180_000)

/** Sends a signed revalidation event for `paths`, as the delivery webhooks do. */
function revalidate(paths: string[], secret = REVALIDATE_SECRET) {
  const body = JSON.stringify({ type: 'article.published', paths })
  const timestamp = Math.floor(Date.now() / 1000)
  return fetch(`${app.url}/revalidate`, {
    method: 'POST',
    body,
    headers: {
      'x-showrunner-timestamp': String(timestamp),
      'x-showrunner-signature': signWebhook(secret, timestamp, body),
    },
  })
}

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function newPage(): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage()
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifacts, `site-${name}.png`), fullPage: true })

describe('the article page', () => {
  it('renders the listicle: items with their scenes, watch-now links and similar articles', async () => {
    const page = await newPage()
    const res = await page.goto(`${app.url}${LISTICLE}`)
    expect(res?.status()).toBe(200)
    await expect(page.locator('h1').innerText()).resolves.toContain('Four Kiss Scenes')
    const items = page.locator('[data-testid="item"] h2')
    await expect(items.allInnerTexts()).resolves.toEqual([
      '1. A first try with a twist',
      '2. A confession that fixes everything',
      '3. Hiding in the wardrobe',
      '4. No more secrets',
    ])
    const watchNow = page.locator('[data-testid="watch-now"] a')
    await expect(watchNow.count()).resolves.toBeGreaterThan(0)
    await expect(watchNow.first().getAttribute('href')).resolves.toMatch(/^https:\/\//)
    await expect(page.locator('[data-testid="watch-now"]').first().innerText()).resolves.toContain(
      "Catch episode 5 of “What's Wrong with Secretary Kim”",
    )
    await expect(page.locator('[data-testid="similar"] a').count()).resolves.toBeGreaterThan(0)
    await shot(page, 'listicle')
    await page.context().close()
  })

  it('shields spoilers until the reader sets their progress, and reveals one on request', async () => {
    const page = await newPage()
    await page.goto(`${app.url}${LISTICLE}`)
    const placeholders = page.locator('[data-testid="spoiler-placeholder"]')
    await placeholders.first().waitFor()
    await expect(placeholders.count()).resolves.toBe(4)
    await expect(page.locator('body').innerText()).resolves.not.toContain('most intimate kiss yet')
    await shot(page, 'spoilers-shielded')

    await page.locator('[data-testid="progress-picker"] input').first().fill('8')
    await expect(placeholders.count()).resolves.toBe(2)
    await expect(placeholders.first().innerText()).resolves.toContain('episode 9')
    await expect(page.locator('body').innerText()).resolves.toContain(
      'confesses, and solves his trauma problem',
    )

    await placeholders.last().getByRole('button', { name: 'Reveal spoiler' }).click()
    await expect(placeholders.count()).resolves.toBe(1)
    await expect(page.locator('body').innerText()).resolves.toContain('most intimate kiss yet')
    await shot(page, 'spoilers-progress-and-reveal')

    // Progress stays with the reader: a reload keeps it.
    await page.reload()
    await page.locator('[data-testid="spoiler-placeholder"]').first().waitFor()
    await expect(placeholders.count()).resolves.toBe(2)
    await page.context().close()
  })

  it('lets a reader sign in and comment; the comment shows as pending to them', async () => {
    const page = await newPage()
    await page.goto(`${app.url}${LISTICLE}`)
    const signIn = page.locator('[data-testid="reader-sign-in"]')
    await signIn.locator('input[name="email"]').fill(READER)
    await signIn.locator('input[name="password"]').fill(SEED_PASSWORD)
    await signIn.getByRole('button', { name: 'Sign in' }).click()
    await expect(
      page.locator('[data-testid="reader-status"]').innerText({ timeout: 30_000 }),
    ).resolves.toContain('Signed in as Min Reader')

    await page
      .getByRole('textbox', { name: 'Post comment' })
      .fill('The chair scene gets me every time.')
    await page.getByRole('button', { name: 'Post comment' }).click()
    const comment = page.locator('[data-testid="comment"]', {
      hasText: 'The chair scene gets me every time.',
    })
    await comment.waitFor({ timeout: 30_000 })
    await expect(comment.getAttribute('data-status')).resolves.toBe('pending')
    await expect(comment.innerText()).resolves.toMatch(/You[\s\S]*Awaiting moderation/)

    await page.getByRole('textbox', { name: 'Reply' }).first().fill('Replying: and the wardrobe.')
    await page.getByRole('button', { name: 'Reply' }).first().click()
    await page
      .locator('.replies [data-testid="comment"]', { hasText: 'and the wardrobe' })
      .waitFor()
    await shot(page, 'comments-pending')

    // Another browser, not signed in, sees the approved comments but neither of these.
    const stranger = await newPage()
    await stranger.goto(`${app.url}${LISTICLE}`)
    const thread = stranger.locator('[data-testid="comments"]')
    await thread.locator('[data-testid="comment"]').first().waitFor()
    await expect(thread.innerText()).resolves.toContain('chair rolling across the office')
    await expect(thread.innerText()).resolves.not.toContain('The chair scene gets me every time.')
    await expect(thread.innerText()).resolves.not.toContain('and the wardrobe')
    await stranger.context().close()
    await page.context().close()
  })
})

describe('staff preview', () => {
  let slug: string

  beforeAll(async () => {
    const text = (value: string) => ({
      type: 'text',
      text: value,
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    })
    const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
      type,
      children,
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      ...extra,
    })
    const link = (url: string, label: string) =>
      block('link', [text(label)], {
        fields: { url, newTab: false, linkType: 'custom' },
        version: 3,
      })
    const created = await editorApi.post('/api/articles?draft=true&depth=0', {
      title: 'Preview only: the finale, explained',
      format: 'feature',
      body: {
        root: block('root', [
          block('heading', [text('What the finale settled')], { tag: 'h2' }),
          block(
            'paragraph',
            [
              text('Read the '),
              link('https://example.com/recap', 'official recap'),
              text(' or '),
              link('/articles/secretary-kim-four-kiss-scenes', 'our kiss list'),
              text('.'),
            ],
            { textFormat: 0, textStyle: '' },
          ),
          block(
            'list',
            [
              block('listitem', [text('The wedding')], { value: 1 }),
              block('listitem', [text('The epilogue')], { value: 2 }),
            ],
            { listType: 'bullet', tag: 'ul', start: 1 },
          ),
        ]),
      },
    })
    if (created.status !== 201)
      throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`)
    slug = created.body.doc.slug
  })

  it('refuses the preview link to the public and to readers', async () => {
    const anonymous = await fetch(`${app.url}/preview?slug=${slug}`, { redirect: 'manual' })
    expect(anonymous.status).toBe(403)
    const login = await new ApiClient(app.url).post('/api/readers/login', {
      email: READER,
      password: SEED_PASSWORD,
    })
    const asReader = await fetch(`${app.url}/preview?slug=${slug}`, {
      redirect: 'manual',
      headers: { authorization: `JWT ${login.body.token}` },
    })
    expect(asReader.status).toBe(403)
    const bad = await fetch(`${app.url}/preview?slug=https://evil.example`, { redirect: 'manual' })
    expect(bad.status).toBe(400)
    // The draft has no published version: the plain page is a 404.
    expect((await fetch(`${app.url}/articles/${slug}`)).status).toBe(404)
  })

  it('opens the latest draft in draft mode for a logged-in editor, with headings, links and lists', async () => {
    const page = await newPage()
    await loginToAdmin(page, app.url, EDITOR, SEED_PASSWORD)
    await page.goto(`${app.url}/preview?slug=${slug}`)
    expect(new URL(page.url()).pathname).toBe(`/articles/${slug}`)
    await page.locator('[data-testid="draft-banner"]').waitFor()
    await expect(page.locator('h1').innerText()).resolves.toBe(
      'Preview only: the finale, explained',
    )
    await expect(
      page.locator('article h2', { hasText: 'What the finale settled' }).count(),
    ).resolves.toBe(1)
    await expect(
      page.getByRole('link', { name: 'official recap' }).getAttribute('href'),
    ).resolves.toBe('https://example.com/recap')
    await expect(
      page.getByRole('link', { name: 'our kiss list' }).getAttribute('href'),
    ).resolves.toBe(LISTICLE)
    await expect(page.locator('article ul li').allInnerTexts()).resolves.toEqual([
      'The wedding',
      'The epilogue',
    ])
    await expect(page.locator('[data-testid="spoiler-placeholder"]').count()).resolves.toBe(0)
    await shot(page, 'staff-preview')
    await page.context().close()
  })
})

describe('caching and revalidation', () => {
  const cacheOf = async (path: string) => {
    const res = await fetch(`${app.url}${path}`)
    expect(res.status).toBe(200)
    return res.headers.get('x-nextjs-cache')
  }

  it('serves the article page from the cache until a signed event purges it', async () => {
    await cacheOf(LISTICLE)
    await expect(cacheOf(LISTICLE)).resolves.toBe('HIT')
    const signed = await revalidate([LISTICLE, '/'])
    expect(signed.status).toBe(200)
    await expect(signed.json()).resolves.toEqual({ revalidated: [LISTICLE, '/'] })
    await expect(cacheOf(LISTICLE)).resolves.toBe('MISS')
    await expect(cacheOf(LISTICLE)).resolves.toBe('HIT')
  })

  it('refuses unsigned and wrongly signed events, purging nothing', async () => {
    await cacheOf(LISTICLE)
    const unsigned = await fetch(`${app.url}/revalidate`, {
      method: 'POST',
      body: JSON.stringify({ paths: [LISTICLE] }),
    })
    expect(unsigned.status).toBe(401)
    expect((await revalidate([LISTICLE], 'wrong-secret')).status).toBe(401)
    await expect(cacheOf(LISTICLE)).resolves.toBe('HIT')
  })
})
