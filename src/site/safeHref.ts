const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/**
 * The link target to render, or null to render the text without a link: http, https and mailto
 * URLs and site-relative paths pass; `javascript:`, `data:` and every other scheme do not. The
 * editor's allowlist refuses such links on save; this is the render-side half, for older content.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const href = url.trim()
  if (href === '') return null
  // Browsers drop tabs and newlines inside URLs ('java\tscript:'), so test what they would see.
  const collapsed = [...href].filter((char) => char > ' ' && char !== '\u007f').join('')
  // Protocol-relative ('//evil.example', and '/\\evil.example', which browsers read the same way).
  if (/^[/\\]{2}/.test(collapsed) || collapsed.startsWith('\\')) return null
  // Relative: a path, a query or a fragment.
  if (/^[/?#]/.test(href)) return href
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(collapsed)
  if (!scheme) {
    // 'page.html' or 'a/b': relative too, as long as nothing before a '/' looks like a scheme.
    return /^[^:/?#]*(?:[/?#]|$)/.test(collapsed) ? href : null
  }
  return SAFE_SCHEMES.has(scheme[1].toLowerCase() + ':') ? href : null
}
