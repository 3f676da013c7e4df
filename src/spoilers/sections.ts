/** A Lexical node as stored by Payload's rich-text field (only the fields read here). */
export type LexicalNode = {
  type?: string
  tag?: string
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** Payload's Lexical editor state. */
export type LexicalState = { root: { children?: LexicalNode[] | null } & Record<string, unknown> }

/** The article fields the spoiler engine reads. */
export type SpoilerArticle = {
  intro?: LexicalState | null
  items?: Array<{
    id?: string | null
    heading?: string | null
    body?: LexicalState | null
    scene?: { drama?: string | null; episode?: number | null } | null
  }> | null
  body?: LexicalState | null
}

/** One taggable part of an article. */
export type ArticleSection = {
  key: string
  heading: string | null
  text: string
  scene?: { drama: string | null; episode: number | null }
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'code',
  'table',
  'tablerow',
])

function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(inlineText).join('')
}

// Blocks become paragraphs and list items become lines, so sentence splitting downstream sees the
// same boundaries a reader does.
function blockText(node: LexicalNode): string {
  if (node.type === 'list') return (node.children ?? []).map(blockText).filter(Boolean).join('\n')
  if (node.type === 'listitem') {
    const nested = (node.children ?? []).some((c) => c.type === 'list')
    if (!nested) return inlineText(node).trim()
    return (node.children ?? [])
      .map((c) => (c.type === 'list' ? blockText(c) : inlineText(c).trim()))
      .filter(Boolean)
      .join('\n')
  }
  if (node.children?.some((c) => BLOCKS.has(c.type ?? ''))) {
    return node.children.map(blockText).filter(Boolean).join('\n\n')
  }
  return inlineText(node).trim()
}

function blocksToText(nodes: LexicalNode[]): string {
  return nodes
    .map(blockText)
    .filter((t) => t.length > 0)
    .join('\n\n')
}

/** Plain text of a Lexical state: paragraphs separated by blank lines, list items by newlines. */
export function lexicalToPlainText(state: LexicalState | null | undefined): string {
  return blocksToText(state?.root?.children ?? [])
}

/**
 * Splits an article into taggable sections: the intro, one section per listicle item (keeping the
 * item's linked scene), and the body cut at each heading. Text before the first body heading is its
 * own section; everything after the last heading (an outro included) belongs to that heading.
 */
export function splitArticleSections(article: SpoilerArticle): ArticleSection[] {
  const sections: ArticleSection[] = []
  const intro = lexicalToPlainText(article.intro)
  if (intro) sections.push({ key: 'intro', heading: null, text: intro })

  ;(article.items ?? []).forEach((item, index) => {
    const heading = item.heading?.trim() || null
    const text = lexicalToPlainText(item.body)
    if (!heading && !text) return
    const section: ArticleSection = { key: `item:${item.id ?? index}`, heading, text }
    if (item.scene && (item.scene.drama || item.scene.episode)) {
      section.scene = { drama: item.scene.drama ?? null, episode: item.scene.episode ?? null }
    }
    sections.push(section)
  })

  let heading: string | null = null
  let pending: LexicalNode[] = []
  let index = 0
  const flush = (): void => {
    const text = blocksToText(pending)
    if (heading || text) sections.push({ key: `body:${index++}`, heading, text })
    pending = []
  }
  for (const node of article.body?.root?.children ?? []) {
    if (node.type === 'heading') {
      flush()
      heading = inlineText(node).trim() || null
    } else pending.push(node)
  }
  flush()
  return sections
}
