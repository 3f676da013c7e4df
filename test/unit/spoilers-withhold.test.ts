import type { LexicalNode, LexicalState } from '../../src/spoilers'
import { lexicalToPlainText, splitArticleSections } from '../../src/spoilers'
import { isWithheld, keepSpoilerTags, withholdArticle } from '../../src/spoilerGlue/withhold'

const paragraph = (text: string): LexicalNode => ({
  type: 'paragraph',
  children: text ? [{ type: 'text', text }] : [],
})
const heading = (text: string): LexicalNode => ({
  type: 'heading',
  tag: 'h2',
  children: text ? [{ type: 'text', text }] : [],
})
const state = (...children: LexicalNode[]): LexicalState => ({ root: { children } })

// Every way a body can be cut: text before the first heading, an empty paragraph, a heading with
// nothing under it, an empty heading, consecutive headings.
const body = state(
  paragraph('Before any heading.'),
  heading('First'),
  paragraph('One.'),
  paragraph(''),
  heading(''),
  heading('Empty section'),
  heading('Last'),
  paragraph('Two.'),
  paragraph('Three.'),
)

const row = (key: string, spoiler: boolean) => ({
  key,
  spoiler,
  drama: 7,
  dramaTitle: 'A Drama',
  episode: 3,
  reasons: ['mentions episode 3'],
})

describe('withholding body sections', () => {
  const sections = splitArticleSections({ body })

  it('names the same sections as the engine split, so every key finds its text', () => {
    const doc = { body, spoilerSections: sections.map((section) => row(section.key, true)) }
    const hidden = withholdArticle(doc, { mode: 'hide' })
    const text = lexicalToPlainText(hidden.body)
    for (const section of sections) {
      if (section.text) expect(text).not.toContain(section.text.split('\n')[0])
      if (section.heading) expect(text).toContain(section.heading)
    }
    const placeholders = hidden.body.root.children!.filter((node) => node.spoilerPlaceholder)
    expect(placeholders.map((node) => (node.spoilerPlaceholder as { key: string }).key)).toEqual(
      sections.map((section) => section.key),
    )
  })

  it('touches only the withheld sections', () => {
    const last = sections[sections.length - 1].key
    const doc = {
      body,
      spoilerSections: sections.map((section) => row(section.key, section.key === last)),
    }
    const hidden = withholdArticle(doc, { mode: 'hide' })
    const text = lexicalToPlainText(hidden.body)
    expect(text).toContain('Before any heading.')
    expect(text).toContain('One.')
    expect(text).not.toContain('Two.')
    expect(text).not.toContain('Three.')
    expect(text).toContain('Spoiler for A Drama (episode 3) hidden.')
    const rows = hidden.spoilerSections as Array<{ withheld?: boolean }>
    expect(rows.map((section) => section.withheld)).toEqual(
      sections.map((section) => section.key === last),
    )
  })
})

describe('who sees a spoiler section', () => {
  const view = { mode: 'progress' as const, watched: { '7': 3 }, totals: { '7': 10, '8': 6 } }

  it('shows it up to the episode watched, hides it beyond', () => {
    expect(isWithheld({ ...row('a', true), episode: 3 }, view)).toBe(false)
    expect(isWithheld({ ...row('a', true), episode: 4 }, view)).toBe(true)
  })

  it('hides sections of dramas not watched, of no drama, or of unknown episode until the end', () => {
    expect(isWithheld({ ...row('a', true), drama: 8 }, view)).toBe(true)
    expect(isWithheld({ ...row('a', true), drama: null }, view)).toBe(true)
    expect(isWithheld({ ...row('a', true), episode: null }, view)).toBe(true)
    const finished = { ...view, watched: { '7': 10 } }
    expect(isWithheld({ ...row('a', true), episode: null }, finished)).toBe(false)
  })

  it('never hides a section that is not a spoiler', () => {
    expect(isWithheld(row('a', false), { mode: 'hide' })).toBe(false)
  })
})

describe('a select that would leave the tags out', () => {
  it('gets the tags and item ids added, or no longer excluded', () => {
    expect(keepSpoilerTags({ items: { body: true } })).toEqual({
      items: { body: true, id: true },
      spoilerSections: true,
    })
    expect(keepSpoilerTags({ spoilerSections: false, excerpt: false })).toEqual({ excerpt: false })
    expect(keepSpoilerTags({ spoilerSections: false })).toBeUndefined()
  })
})
