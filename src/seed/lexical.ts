/** Minimal Lexical editor state builders, so seed text reads as prose rather than JSON. */
type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** One paragraph per string; a string starting with '## ' becomes an h2 heading. */
export function richText(...blocks: string[]) {
  return {
    root: block(
      'root',
      blocks.map((value) =>
        value.startsWith('## ')
          ? block('heading', [text(value.slice(3))], { tag: 'h2' })
          : block('paragraph', [text(value)], { textFormat: 0, textStyle: '' }),
      ),
    ),
  }
}
