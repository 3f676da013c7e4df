import { findDisallowedLinks, isAllowedLinkUrl, linkScheme } from '../../src/links/linkSchemes'
import { safeHref } from '../../src/site/safeHref'

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'javascript&colon;alert(1)',
  '&amp;#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'tel:+123',
]
const FINE = [
  'https://www.netflix.com/title/81091393',
  'HTTP://example.com',
  'mailto:tips@showrunner.test',
  '/articles/secretary-kim',
  '#episode-12',
  '?page=2',
  'page.html',
  '//cdn.example.com/x',
  'https://example.com/search?q=javascript:alert',
]

describe('link schemes', () => {
  it.each(HOSTILE)('refuses %j', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(false)
  })
  it.each(FINE)('allows %j', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(true)
  })
  it('reads the scheme a browser would', () => {
    expect(linkScheme('  MailTo:x@y.z')).toBe('mailto')
    expect(linkScheme('/a:b')).toBeNull()
  })
})

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const link = (url: string, type = 'link') => ({
  type,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(`label ${url}`)],
  version: 1,
})
const editorState = (...nodes: unknown[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      { type: 'paragraph', version: 1, format: '', indent: 0, direction: null, children: nodes },
    ],
  },
})

describe('rich text links', () => {
  it('finds disallowed links and autolinks, nested anywhere, but not internal links', () => {
    const state = editorState(
      link('https://ok.example'),
      link('vbscript:msgbox(1)'),
      { type: 'listitem', children: [link('data:text/html,x', 'autolink')] },
      { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 1 } } },
    )
    expect(findDisallowedLinks(state)).toEqual(['vbscript:msgbox(1)', 'data:text/html,x'])
    expect(findDisallowedLinks(null)).toEqual([])
  })

  it('renders only allowed links on the site (the render-side half of the rule)', () => {
    for (const url of HOSTILE) expect(safeHref(url)).toBeNull()
    expect(safeHref('https://ok.example/watch')).toBe('https://ok.example/watch')
    expect(safeHref('/articles/kiss-scenes#7')).toBe('/articles/kiss-scenes#7')
    expect(safeHref('mailto:desk@example.com')).toBe('mailto:desk@example.com')
    expect(safeHref('//evil.example/x')).toBeNull()
  })
})
