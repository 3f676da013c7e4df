import type { LexicalNode, LexicalState } from '../../src/spoilers/index'
import { loadCorpus } from '../../src/spoilers/corpus'
import {
  lexicalToPlainText,
  spoilerWarning,
  splitArticleSections,
  summarizeSpoilers,
  tagArticleSpoilers,
} from '../../src/spoilers/index'

const text = (value: string): LexicalNode => ({ type: 'text', text: value })
const p = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const h = (value: string, tag = 'h2'): LexicalNode => ({
  type: 'heading',
  tag,
  children: [text(value)],
})
const state = (...children: LexicalNode[]): LexicalState => ({ root: { children } })
const verdict = (drama: string | null, episode: number | null, spoiler = true) => ({
  spoiler,
  score: spoiler ? 0.9 : 0.1,
  drama,
  episode,
  reasons: [],
})

describe('lexicalToPlainText', () => {
  it('joins inline nodes, keeps line breaks and separates blocks', () => {
    const out = lexicalToPlainText(
      state(
        p(
          text('Mi So '),
          { type: 'link', children: [text('resigns')] },
          text('.'),
          { type: 'linebreak' },
          text('Again.'),
        ),
        { type: 'quote', children: [text('A quote.')] },
        {
          type: 'list',
          children: [
            { type: 'listitem', children: [text('one')] },
            { type: 'listitem', children: [text('two')] },
          ],
        },
      ),
    )
    expect(out).toBe('Mi So resigns.\nAgain.\n\nA quote.\n\none\ntwo')
  })

  it('returns an empty string for missing state', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText({ root: { children: [] } })).toBe('')
  })
})

describe('splitArticleSections', () => {
  it('splits intro, listicle items and body headings', () => {
    const sections = splitArticleSections({
      intro: state(p(text('Our favorite moments.'))),
      items: [
        {
          id: 'a1',
          heading: 'The rooftop',
          body: state(p(text('They kiss.'))),
          scene: { drama: 'Goblin', episode: 3 },
        },
        { heading: 'No id', body: state(p(text('Second item.'))) },
        { id: 'empty', heading: null, body: null },
      ],
      body: state(
        p(text('Before any heading.')),
        h('Part one'),
        p(text('First part.')),
        h('Outro', 'h3'),
        p(text('Thanks.')),
      ),
    })
    expect(sections.map((s) => s.key)).toEqual([
      'intro',
      'item:a1',
      'item:1',
      'body:0',
      'body:1',
      'body:2',
    ])
    expect(sections[1]).toEqual({
      key: 'item:a1',
      heading: 'The rooftop',
      text: 'They kiss.',
      scene: { drama: 'Goblin', episode: 3 },
    })
    expect(sections[2].scene).toBeUndefined()
    expect(sections[3]).toEqual({ key: 'body:0', heading: null, text: 'Before any heading.' })
    expect(sections[4]).toEqual({ key: 'body:1', heading: 'Part one', text: 'First part.' })
    expect(sections[5]).toEqual({ key: 'body:2', heading: 'Outro', text: 'Thanks.' })
  })

  it('starts the body at its first heading when there is no leading text', () => {
    const sections = splitArticleSections({ body: state(h('Only'), p(text('Text.'))) })
    expect(sections).toEqual([{ key: 'body:0', heading: 'Only', text: 'Text.' }])
  })
})

describe('summarizeSpoilers and spoilerWarning', () => {
  it('keeps the highest episode per drama, in order of first appearance', () => {
    const summary = summarizeSpoilers([
      verdict("What's Wrong with Secretary Kim", 8),
      verdict('Fight for My Way', null),
      verdict("What's Wrong with Secretary Kim", 12),
      verdict('Goblin', 4, false),
    ])
    expect(summary).toEqual({
      hasSpoilers: true,
      dramas: [
        { drama: "What's Wrong with Secretary Kim", maxEpisode: 12 },
        { drama: 'Fight for My Way', maxEpisode: null },
      ],
    })
    expect(spoilerWarning(summary)).toBe(
      "Warning: spoilers below for What's Wrong with Secretary Kim up to episode 12 and Fight for My Way",
    )
  })

  it('formats one drama, three dramas and no spoilers', () => {
    expect(
      spoilerWarning(summarizeSpoilers([verdict("What's Wrong with Secretary Kim", 12)])),
    ).toBe("Warning: spoilers below for What's Wrong with Secretary Kim up to episode 12")
    expect(spoilerWarning(summarizeSpoilers([verdict('Fight for My Way', null)]))).toBe(
      'Warning: spoilers below for Fight for My Way',
    )
    expect(
      spoilerWarning(
        summarizeSpoilers([verdict('Goblin', 16), verdict('Signal', null), verdict('Vincenzo', 8)]),
      ),
    ).toBe(
      'Warning: spoilers below for Goblin up to episode 16, Signal and Vincenzo up to episode 8',
    )
    expect(spoilerWarning(summarizeSpoilers([verdict('Goblin', 3, false)]))).toBe('')
    expect(spoilerWarning(summarizeSpoilers([verdict(null, null)]))).toBe('Warning: spoilers below')
  })
})

describe('tagArticleSpoilers', () => {
  it('tags every section, uses scene evidence and writes the warning', () => {
    const { dramas } = loadCorpus()
    const result = tagArticleSpoilers(
      {
        intro: state(p(text('Ten years on, here are the moments we still talk about.'))),
        items: [
          {
            id: 'x',
            heading: 'The wedding',
            body: state(p(text('The vows, the families, the honeymoon: it all pays off.'))),
            scene: { drama: "What's Wrong with Secretary Kim", episode: 16 },
          },
        ],
      },
      { dramas },
    )
    expect(result.sections.map((s) => s.key)).toEqual(['intro', 'item:x'])
    expect(result.sections[0].verdict.spoiler).toBe(false)
    expect(result.sections[1].verdict).toMatchObject({
      spoiler: true,
      drama: "What's Wrong with Secretary Kim",
      episode: 16,
    })
    expect(result.warning).toBe(
      "Warning: spoilers below for What's Wrong with Secretary Kim up to episode 16",
    )
  })
})
