import { isAllowedLinkUrl } from '../links/linkSchemes'

/**
 * The link target to render, or null to render the text without a link: the same allowlist the
 * editor enforces on save (src/links/linkSchemes.ts: http, https, mailto, relative), applied again
 * on render for older content, and no protocol-relative URLs ('//evil.example'), which would leave
 * the site.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const href = url.trim()
  if (href === '') return null
  // Browsers drop tabs and newlines inside URLs ('java\tscript:'), so test what they would see.
  const collapsed = [...href].filter((char) => char > ' ' && char !== '\u007f').join('')
  // Protocol-relative ('//evil.example', and '/\\evil.example', which browsers read the same way).
  if (/^[/\\]{2}/.test(collapsed) || collapsed.startsWith('\\')) return null
  return isAllowedLinkUrl(href) && isAllowedLinkUrl(collapsed) ? href : null
}
