import type { LexicalNode, LexicalState } from '../spoilers'
import { lexicalToPlainText } from '../spoilers'

/** One section of an article body: the heading that opens it (if any) and the nodes under it. */
export type BodySection = {
  /** `body:<n>`, the key the spoiler tagger gave this section (null for an empty one). */
  key: string | null
  heading: LexicalNode | null
  nodes: LexicalNode[]
}

/**
 * Splits a body at its headings the way the spoiler tagger does (`splitArticleSections`, mirrored by
 * `withholdBody`): sections with neither heading text nor body text get no key, so `body:<n>` names
 * the same section here as in the article's `spoilerSections` rows.
 */
export function splitBodySections(body: LexicalState | null | undefined): BodySection[] {
  const sections: BodySection[] = []
  let heading: LexicalNode | null = null
  let nodes: LexicalNode[] = []
  let index = 0
  const flush = () => {
    const text = lexicalToPlainText({ root: { children: nodes } })
    const title = heading ? lexicalToPlainText({ root: { children: [heading] } }) : ''
    const key = title || text ? `body:${index++}` : null
    if (heading || nodes.length > 0) sections.push({ key, heading, nodes })
    nodes = []
  }
  for (const node of body?.root?.children ?? []) {
    if (node.type === 'heading') {
      flush()
      heading = node
    } else nodes.push(node)
  }
  flush()
  return sections
}

/** A Lexical state holding just `nodes`, with the root settings of `like` (for a renderer). */
export function stateOf(nodes: LexicalNode[], like?: LexicalState | null): LexicalState {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      ...(like?.root ?? {}),
      children: nodes,
    },
  }
}
