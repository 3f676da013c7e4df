import { loadCorpus, loadDevCorpus, loadFrozenSplit } from '../../src/spoilers/corpus'
import { evaluateCorpus, scoreVerdicts } from '../../src/spoilers/eval'
import { detectSpoilers } from '../../src/spoilers/index'

describe('development corpus', () => {
  const { dramas, sections } = loadCorpus()

  it('is large, balanced and covers enough dramas', () => {
    expect(sections.length).toBeGreaterThanOrEqual(220)
    expect(new Set(sections.map((s) => s.drama).filter(Boolean)).size).toBeGreaterThanOrEqual(22)
    const share = sections.filter((s) => s.spoiler).length / sections.length
    expect(share).toBeGreaterThan(0.4)
    expect(share).toBeLessThan(0.6)
    expect(sections.filter((s) => s.split === 'heldout').length).toBeGreaterThanOrEqual(50)
  })

  it('labels only known dramas and episodes within range', () => {
    const titles = new Map(dramas.map((d) => [d.title, d.episodes ?? Infinity]))
    for (const s of sections) {
      if (s.drama !== null) expect(titles.has(s.drama)).toBe(true)
      if (s.episode !== null) {
        expect(s.spoiler).toBe(true)
        expect(s.episode).toBeLessThanOrEqual(titles.get(s.drama as string) as number)
      }
    }
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length)
  })

  it('includes every trap kind', () => {
    const traps = new Set(sections.map((s) => s.trap))
    for (const kind of [
      'premise',
      'trigger',
      'no-keyword',
      'alias',
      'characters',
      'other-work',
      'no-drama',
    ]) {
      expect(traps.has(kind)).toBe(true)
    }
  })
})

describe('corpus-level quality', () => {
  const { all, heldout } = evaluateCorpus()

  it('stays above the floor on the held-out split', () => {
    expect(heldout.f1).toBeGreaterThanOrEqual(0.85)
    expect(heldout.dramaAccuracy).toBeGreaterThanOrEqual(0.85)
    expect(heldout.episodeAccuracy).toBeGreaterThanOrEqual(0.75)
  })

  it('stays above the floor on the whole corpus', () => {
    expect(all.f1).toBeGreaterThanOrEqual(0.9)
    expect(all.dramaAccuracy).toBeGreaterThanOrEqual(0.9)
  })
})

describe('grown development corpus and frozen split (issue 12)', () => {
  const dev = loadDevCorpus()
  const frozen = loadFrozenSplit()

  it('has at least 1,000 balanced sections over at least 60 dramas, every hard class present', () => {
    expect(dev.sections.length).toBeGreaterThanOrEqual(1000)
    expect(new Set(dev.sections.map((s) => s.drama).filter(Boolean)).size).toBeGreaterThanOrEqual(
      60,
    )
    const share = dev.sections.filter((s) => s.spoiler).length / dev.sections.length
    expect(share).toBeGreaterThan(0.45)
    expect(share).toBeLessThan(0.55)
    const traps = new Set(dev.sections.map((s) => s.trap))
    for (const kind of [
      'identity',
      'fate',
      'endgame',
      'finale',
      'vague-time',
      'premiere',
      'characters-only',
      'actors-only',
      'premise',
      'buzz',
    ]) {
      expect(dev.sections.filter((s) => s.trap === kind).length).toBeGreaterThanOrEqual(20)
      expect(traps.has(kind)).toBe(true)
    }
  })

  it('keeps the frozen split about other dramas, in six voices', () => {
    expect(frozen.sections.length).toBeGreaterThanOrEqual(150)
    const devTitles = new Set(dev.dramas.map((d) => d.title))
    for (const d of frozen.dramas) expect(devTitles.has(d.title)).toBe(false)
    expect(new Set(frozen.sections.map((s) => s.voice))).toEqual(
      new Set(['news', 'recap', 'review', 'comment', 'listicle', 'translated']),
    )
  })

  it('stays above the floor on the whole development corpus with the committed model', () => {
    const context = { dramas: dev.dramas }
    const scores = scoreVerdicts(
      dev.sections,
      dev.sections.map((s) => detectSpoilers(s, context)),
    )
    expect(scores.f1).toBeGreaterThanOrEqual(0.9)
    expect(scores.dramaAccuracy).toBeGreaterThanOrEqual(0.93)
    expect(scores.episodeAccuracy).toBeGreaterThanOrEqual(0.95)
  })

  it('labels episodes only on spoilers and within each drama', () => {
    for (const { dramas, sections } of [dev, frozen]) {
      const episodes = new Map(dramas.map((d) => [d.title, d.episodes ?? Infinity]))
      for (const s of sections) {
        if (s.drama !== null) expect(episodes.has(s.drama)).toBe(true)
        if (s.episode !== null) {
          expect(s.spoiler).toBe(true)
          expect(s.episode).toBeLessThanOrEqual(episodes.get(s.drama as string) as number)
        }
      }
    }
  })
})
