import type { ChecklistArticle, ChecklistRule } from '../../src/checklist'
import { buildChecklist, countWords, evaluateChecklist, gateAction } from '../../src/checklist'

/** An article that passes every built-in rule as a listicle. */
const good = (overrides: Partial<ChecklistArticle> = {}): ChecklistArticle => ({
  format: 'listicle',
  title: 'Ten scenes from Signal that still haunt us',
  excerpt: 'From the walkie-talkie at midnight to the last call: the scenes fans rewatch most.',
  heroImage: { id: '1', alt: 'A walkie-talkie on a desk' },
  dramaIds: ['7'],
  items: [{ heading: 'The first call', hasScene: true, hasDrama: false }],
  spoilerSectionCount: 0,
  spoilerWarning: '',
  sources: [],
  wordCount: 800,
  links: [],
  ...overrides,
})

const failingIds = (article: ChecklistArticle, options = {}) =>
  evaluateChecklist(buildChecklist(options), article)
    .results.filter((result) => !result.isPassing)
    .map((result) => result.id)

describe('built-in checklist rules', () => {
  it('passes a complete listicle', () => {
    const report = evaluateChecklist(buildChecklist(), good())
    expect(report.status).toBe('ready')
    expect(report.results.map((r) => r.id)).toEqual([
      'titleLength',
      'excerptLength',
      'heroImage',
      'drama',
      'listicleItemsLinked',
      'spoilerWarning',
      'wordCount',
      'linksPublished',
    ])
  })

  it.each<[string, Partial<ChecklistArticle>, string[]]>([
    ['short title', { title: 'Signal' }, ['titleLength']],
    ['long title', { title: 'x'.repeat(91) }, ['titleLength']],
    ['no excerpt', { excerpt: '  ' }, ['excerptLength']],
    ['long excerpt', { excerpt: 'y'.repeat(301) }, ['excerptLength']],
    ['no hero image', { heroImage: null }, ['heroImage']],
    ['hero without alt', { heroImage: { id: '1', alt: ' ' } }, ['heroImage']],
    ['no drama', { dramaIds: [] }, ['drama']],
    ['no items', { items: [] }, ['listicleItemsLinked']],
    [
      'an unlinked item',
      {
        items: [
          { heading: 'Linked', hasScene: false, hasDrama: true },
          { heading: 'Loose', hasScene: false, hasDrama: false },
        ],
      },
      ['listicleItemsLinked'],
    ],
    ['spoilers without warning', { spoilerSectionCount: 2 }, ['spoilerWarning']],
    ['too few words', { wordCount: 40 }, ['wordCount']],
    [
      'see also unpublished',
      { links: [{ field: 'seeAlso', id: '9', title: 'Draft', isPublished: false }] },
      ['linksPublished'],
    ],
  ])('fails on %s', (_name, overrides, expected) => {
    expect(failingIds(good(overrides))).toEqual(expected)
  })

  it('passes spoiler sections that have a warning and published links', () => {
    expect(
      failingIds(
        good({
          spoilerSectionCount: 3,
          spoilerWarning: 'Spoilers for Signal up to episode 16.',
          links: [{ field: 'pinnedSimilar', id: '3', title: 'Live', isPublished: true }],
        }),
      ),
    ).toEqual([])
  })

  it('asks news for sources, and not for listicle items', () => {
    const news = good({ format: 'news', items: [], wordCount: 300 })
    expect(failingIds(news)).toEqual(['sources'])
    expect(
      failingIds({ ...news, sources: [{ label: 'Network', url: 'https://tvn.example' }] }),
    ).toEqual([])
  })

  it('names what fails and why', () => {
    const report = evaluateChecklist(
      buildChecklist(),
      good({ items: [{ heading: 'Loose', hasScene: false, hasDrama: false }] }),
    )
    const result = report.results.find((r) => r.id === 'listicleItemsLinked')!
    expect(result).toMatchObject({ severity: 'required', isPassing: false })
    expect(result.message).toContain('“Loose”')
    expect(report.status).toBe('blocked')
  })
})

describe('checklist options', () => {
  it('switches rules off, changes severity and applies per format', () => {
    const options = {
      rules: { titleLength: { severity: 'required' as const }, wordCount: false as const },
      formats: { listicle: { heroImage: false as const } },
    }
    const report = evaluateChecklist(
      buildChecklist(options),
      good({ title: 'Short', heroImage: null, wordCount: 1 }),
    )
    expect(report.results.find((r) => r.id === 'titleLength')?.severity).toBe('required')
    expect(report.results.map((r) => r.id)).not.toContain('wordCount')
    expect(report.results.map((r) => r.id)).not.toContain('heroImage')
    expect(report.status).toBe('blocked')
    // The per-format switch leaves other formats alone.
    const news = good({
      format: 'news',
      heroImage: null,
      sources: [{ label: 'a', url: 'https://a.b' }],
    })
    expect(failingIds(news, options)).toEqual(['heroImage'])
  })

  it('adds the host’s own rules, and fails a rule that throws', () => {
    const tags: ChecklistRule = {
      id: 'noClickbait',
      label: 'No “you won’t believe”',
      check: (article) => (/won.t believe/i.test(article.title) ? 'Rewrite the title.' : null),
    }
    const broken: ChecklistRule = {
      id: 'broken',
      label: 'Broken',
      severity: 'required',
      check: () => {
        throw new Error('boom')
      },
    }
    const report = evaluateChecklist(
      buildChecklist({ add: [tags, broken] }),
      good({ title: "You won't believe these Signal scenes" }),
    )
    expect(report.results.find((r) => r.id === 'noClickbait')).toMatchObject({
      severity: 'recommended',
      isPassing: false,
    })
    expect(report.results.find((r) => r.id === 'broken')?.message).toContain('boom')
  })

  it('uses the host’s bounds', () => {
    expect(
      failingIds(good({ wordCount: 800 }), { limits: { wordCount: { listicle: { min: 1000 } } } }),
    ).toEqual(['wordCount'])
  })

  it('refuses settings for unknown rules and duplicate ids', () => {
    expect(() => buildChecklist({ rules: { heroImag: false } })).toThrow(
      "no rule has the id 'heroImag'",
    )
    expect(() =>
      buildChecklist({ add: [{ id: 'drama', label: 'Again', check: () => null }] }),
    ).toThrow("two rules have the id 'drama'")
  })
})

describe('gateAction', () => {
  const checklist = buildChecklist()
  it('lets other actions and clean articles through', () => {
    const blocked = evaluateChecklist(checklist, good({ heroImage: null }))
    expect(gateAction({ action: 'submit', report: blocked })).toEqual({ kind: 'pass' })
    expect(gateAction({ action: 'approve', report: evaluateChecklist(checklist, good()) })).toEqual(
      {
        kind: 'pass',
      },
    )
  })

  it('refuses required failures even with a note, naming them', () => {
    const report = evaluateChecklist(checklist, good({ heroImage: null, dramaIds: [] }))
    const decision = gateAction({ action: 'publish', report, note: 'ship it' })
    expect(decision).toMatchObject({ kind: 'refuse', code: 'CHECKLIST_REQUIRED' })
    expect(decision.kind === 'refuse' && decision.message).toContain('Hero image with alt text')
    expect(decision.kind === 'refuse' && decision.message).toContain('heroImage, drama')
  })

  it('asks for a note on recommended failures and records it', () => {
    const report = evaluateChecklist(checklist, good({ title: 'Short' }))
    expect(gateAction({ action: 'approve', report, note: '  ' })).toMatchObject({
      kind: 'refuse',
      code: 'CHECKLIST_NOTE_REQUIRED',
    })
    const decision = gateAction({ action: 'approve', report, note: ' Series title is short ' })
    expect(decision).toMatchObject({ kind: 'override', note: 'Series title is short' })
    expect(decision.kind === 'override' && decision.rules.map((r) => r.id)).toEqual(['titleLength'])
  })
})

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two  three', 3],
    ["Don't stop — the well-known K-drama", 5],
    ['시그널 은 2016 년', 4],
  ])('%p has %p words', (text, expected) => expect(countWords(text)).toBe(expected))
})
