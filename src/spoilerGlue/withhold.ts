import type { SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

import type { LexicalNode, LexicalState } from '../spoilers'
import { lexicalToPlainText } from '../spoilers'
import { relationId } from '../relationId'
import { isWithheld } from './isWithheld'
import { progressWarning } from './readerWarning'
import type { SpoilerSectionRow, SpoilerView } from './types'

type Row = Partial<SpoilerSectionRow>
type Item = Record<string, unknown> & { id?: string | null; body?: LexicalState | null }

export { isWithheld }

/** What a withheld section is replaced with: enough for a frontend to say what it hides. */
export type SpoilerPlaceholder = {
  key: string
  drama: string | null
  dramaId: number | string | null
  episode: number | null
  reasons: string[]
}

export function placeholderOf(row: Row): SpoilerPlaceholder {
  return {
    key: row.key ?? '',
    drama: row.dramaTitle ?? null,
    dramaId: relationId(row.drama),
    episode: row.episode ?? null,
    reasons: row.reasons ?? [],
  }
}

// A plain paragraph, so any Lexical renderer shows it; the structured placeholder rides along.
function placeholderParagraph(row: Row): LexicalNode {
  const placeholder = placeholderOf(row)
  const where = placeholder.drama ? ` for ${placeholder.drama}` : ''
  const episode = placeholder.episode ? ` (episode ${placeholder.episode})` : ''
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 2,
    textStyle: '',
    spoilerPlaceholder: placeholder,
    children: [
      {
        type: 'text',
        text: `Spoiler${where}${episode} hidden.`,
        format: 2,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      },
    ],
  }
}

function placeholderState(row: Row, original?: LexicalState | null): LexicalState {
  const { children: _children, ...root } = original?.root ?? {}
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      ...root,
      children: [placeholderParagraph(row)],
    },
  }
}

// Mirrors the engine's body split (splitArticleSections): a section per heading, empty ones skipped,
// so `body:<n>` names the same nodes here as when the article was tagged.
function withholdBody(body: LexicalState, rows: Map<string, Row>): LexicalState {
  const out: LexicalNode[] = []
  let heading: LexicalNode | null = null
  let pending: LexicalNode[] = []
  let index = 0
  const flush = () => {
    const text = lexicalToPlainText({ root: { children: pending } })
    const title = heading ? lexicalToPlainText({ root: { children: [heading] } }) : ''
    const row = title || text ? rows.get(`body:${index++}`) : undefined
    if (heading) out.push(heading)
    out.push(...(row ? [placeholderParagraph(row)] : pending))
    pending = []
  }
  for (const node of body.root?.children ?? []) {
    if (node.type === 'heading') {
      flush()
      heading = node
    } else pending.push(node)
  }
  flush()
  return { ...body, root: { ...body.root, children: out } }
}

/**
 * The article as this reader may see it: each withheld section's text replaced by a placeholder
 * paragraph (carrying drama, episode and reasons), a withheld item's scene and media left out too
 * (a scene's title and description tell the same story), headings kept. The `spoilerSections` rows
 * say which sections were withheld; a generated warning line speaks of what lies beyond the
 * reader's progress.
 */
export function withholdArticle<T extends Record<string, unknown>>(doc: T, view: SpoilerView): T {
  const sections = (doc.spoilerSections ?? []) as Row[]
  const hidden = new Map<string, Row>()
  const marked = sections.map((row) => {
    const withheld = isWithheld(row, view)
    if (withheld && row.key) hidden.set(row.key, row)
    return { ...row, withheld }
  })
  const result: Record<string, unknown> = { ...doc, spoilerSections: marked }
  // The generated line follows the reader's progress; an editor's own line (or none) stands.
  const warning = doc.spoilerWarning as { mode?: string; text?: string } | null | undefined
  const forReader = progressWarning(sections, view)
  if (warning?.mode === 'auto' && forReader !== null) {
    result.spoilerWarning = { ...warning, text: forReader }
  }
  if (hidden.size === 0) return result as T

  const intro = hidden.get('intro')
  if (intro) result.intro = placeholderState(intro, doc.intro as LexicalState | null)
  if (Array.isArray(doc.items)) {
    result.items = (doc.items as Item[]).map((item, index) => {
      const row = hidden.get(`item:${item.id ?? index}`)
      if (!row) return item
      return { ...item, body: placeholderState(row, item.body), scene: null, media: null }
    })
  }
  const body = doc.body as LexicalState | null | undefined
  if (body?.root) result.body = withholdBody(body, hidden)
  return result as T
}

/**
 * A read's `select` with what withholding needs put back: the section tags and the items' ids
 * (sections are keyed by them). Include mode adds them; exclude mode stops excluding them, and an
 * exclusion left empty means no `select` at all (an empty one would select nothing).
 */
export function keepSpoilerTags(select: SelectType): SelectType | undefined {
  const copy: SelectType = { ...select }
  const items = typeof copy.items === 'object' ? { ...copy.items } : undefined
  const warning = typeof copy.spoilerWarning === 'object' ? { ...copy.spoilerWarning } : undefined
  if (getSelectMode(select) === 'include') {
    copy.spoilerSections = true
    if (items) copy.items = { ...items, id: true }
    // The warning is rewritten for the reader only when it is the generated one.
    if (warning) copy.spoilerWarning = { ...warning, mode: true }
    return copy
  }
  delete copy.spoilerSections
  if (warning) {
    delete warning.mode
    if (Object.keys(warning).length > 0) copy.spoilerWarning = warning
    else delete copy.spoilerWarning
  }
  if (items) {
    delete items.id
    if (Object.keys(items).length > 0) copy.items = items
    else delete copy.items
  }
  return Object.keys(copy).length > 0 ? copy : undefined
}
