import { signWebhook } from '../../src/notifications/webhookSignature'
import { articlePreviewPath } from '../../src/preview/previewPath'
import { splitBodySections } from '../../src/site/bodySections'
import { checkRevalidateRequest } from '../../src/site/revalidateRequest'
import { safeHref } from '../../src/site/safeHref'
import { spoilersFrom, watchedFromHeader } from '../../src/spoilerGlue/spoilerHeaders'
import { richText } from '../helpers/spoilerFixtures'

describe('safeHref (links rendered by the site)', () => {
  it.each([
    'https://example.com/a?b=c',
    'http://example.com',
    'mailto:desk@example.com',
    'MAILTO:desk@example.com',
    '/articles/x',
    '#section',
    '?page=2',
    'other-page',
    'a/b.html',
  ])('keeps %s', (url) => expect(safeHref(url)).toBe(url))

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.com',
    '//evil.example/x',
    '/\t/evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '',
    '   ',
    null,
    42,
  ])('drops %p', (url) => expect(safeHref(url)).toBeNull())
})

describe('spoiler parameters as headers', () => {
  it('reads drama=episode pairs, by slug or id', () => {
    expect(watchedFromHeader('secretary-kim=5, 12=3')).toEqual([
      { drama: 'secretary-kim', episode: '5' },
      { drama: '12', episode: '3' },
    ])
    expect(watchedFromHeader(null)).toEqual([])
    expect(watchedFromHeader('  ')).toEqual([])
  })

  it('refuses what it cannot read, with a 400 that shows the form', () => {
    for (const value of ['secretary-kim', 'secretary-kim=5,,', '=5', 'a=1 b=2']) {
      expect(() => watchedFromHeader(value)).toThrow(
        expect.objectContaining({
          status: 400,
          message: expect.stringContaining('showrunner-watched'),
        }),
      )
    }
  })

  it('takes spoilers from the query or the header, and refuses a disagreement', () => {
    expect(spoilersFrom(null, 'hide')).toBe('hide')
    expect(spoilersFrom('show', null)).toBe('show')
    expect(spoilersFrom('hide', 'hide')).toBe('hide')
    expect(spoilersFrom(null, null)).toBeNull()
    expect(() => spoilersFrom('show', 'hide')).toThrow(expect.objectContaining({ status: 400 }))
  })
})

describe('the preview link', () => {
  it('goes through /preview with the slug, and is absent without a usable slug', () => {
    expect(articlePreviewPath({ slug: 'ep-12-explained' })).toBe('/preview?slug=ep-12-explained')
    expect(articlePreviewPath({ slug: '' })).toBeNull()
    expect(articlePreviewPath({ slug: 'https://evil.example' })).toBeNull()
    expect(articlePreviewPath({})).toBeNull()
    expect(articlePreviewPath(null)).toBeNull()
  })
})

describe('body sections on the page', () => {
  it('keys sections like the spoiler tagger: one per heading, empty ones unkeyed', () => {
    const body = richText('Lead paragraph.', '## First', 'One.', '## Second', 'Two.', 'More two.')
    const sections = splitBodySections(body)
    expect(sections.map((section) => [section.key, section.nodes.length])).toEqual([
      ['body:0', 1],
      ['body:1', 1],
      ['body:2', 2],
    ])
    expect(splitBodySections(richText('## Only a heading'))).toHaveLength(1)
    expect(splitBodySections(null)).toEqual([])
  })
})

describe('the /revalidate webhook', () => {
  const secret = 'revalidate-secret'
  const now = 1_800_000_000
  const signed = (body: string, timestamp = now, key = secret) => ({
    secret,
    body,
    timestamp: String(timestamp),
    signature: signWebhook(key, timestamp, body),
    now,
  })

  it('accepts a signed, recent event and returns its paths once each', () => {
    const body = JSON.stringify({
      type: 'article.published',
      paths: ['/articles/a', '/', '/articles/a'],
    })
    expect(checkRevalidateRequest(signed(body))).toEqual({ ok: true, paths: ['/articles/a', '/'] })
  })

  it('refuses a wrong signature, an old delivery, a missing secret and bad paths', () => {
    const body = JSON.stringify({ paths: ['/'] })
    expect(checkRevalidateRequest(signed(body, now, 'other'))).toMatchObject({
      ok: false,
      status: 401,
    })
    expect(checkRevalidateRequest(signed(body, now - 301))).toMatchObject({
      ok: false,
      status: 401,
    })
    expect(checkRevalidateRequest({ ...signed(body), signature: null })).toMatchObject({
      status: 401,
    })
    expect(checkRevalidateRequest({ ...signed(body), secret: undefined })).toMatchObject({
      status: 503,
    })
    for (const paths of [
      [],
      ['https://evil.example/'],
      ['//evil.example'],
      ['/a/../b'],
      'x',
      [1],
    ]) {
      expect(checkRevalidateRequest(signed(JSON.stringify({ paths })))).toMatchObject({
        ok: false,
        status: 400,
      })
    }
    expect(checkRevalidateRequest(signed('not json'))).toMatchObject({ ok: false, status: 400 })
  })
})
