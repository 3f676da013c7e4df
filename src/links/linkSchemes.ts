/** The schemes a link may use; anything without a scheme (a path, `#anchor`, `?query`) is relative. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto'] as const

export const LINK_RULE = 'links must use http, https or mailto, or be relative (/path, #anchor)'

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  amp: '&',
  lpar: '(',
  rpar: ')',
  period: '.',
  nbsp: '\u00a0',
}

/** Decodes HTML character references (`&#106;`, `&#x6A`, `&colon;`), as an HTML renderer would. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole
  })
}

// Control characters, spaces and invisible separators: dropped before the scheme is read.
const IGNORED_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g

/**
 * The scheme a browser would see in `url`, lower-cased, or null for a relative URL. Browsers drop
 * leading and trailing control characters and spaces, and remove tabs and newlines anywhere, so
 * ` jav\tascript:` and `&#106;avascript:` are both `javascript`.
 */
export function linkScheme(url: string): string | null {
  let text = url
  // Entities can nest (`&amp;#106;`): decode until nothing changes.
  for (let i = 0; i < 3; i++) {
    const decoded = decodeEntities(text)
    if (decoded === text) break
    text = decoded
  }
  text = text.replace(IGNORED_CHARACTERS, '')
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(text)
  return match ? match[1].toLowerCase() : null
}

/** Whether a link to `url` may be stored and rendered: http(s), mailto, or relative. */
export function isAllowedLinkUrl(url: unknown): boolean {
  if (typeof url !== 'string') return url === undefined || url === null
  const scheme = linkScheme(url)
  return scheme === null || (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme)
}

type LexicalNode = {
  type?: unknown
  fields?: { url?: unknown; linkType?: unknown }
  children?: unknown
}

/**
 * The URLs of the links (and autolinks) in a Lexical editor state that are not allowed, in document
 * order. Internal links point at documents, not URLs, and are not checked.
 */
export function findDisallowedLinks(editorState: unknown): string[] {
  const found: string[] = []
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 200) return
    const { type, fields, children } = node as LexicalNode
    if ((type === 'link' || type === 'autolink') && fields && fields.linkType !== 'internal') {
      if (!isAllowedLinkUrl(fields.url)) found.push(String(fields.url))
    }
    if (Array.isArray(children)) for (const child of children) visit(child, depth + 1)
  }
  visit((editorState as { root?: unknown } | null)?.root, 0)
  return found
}
