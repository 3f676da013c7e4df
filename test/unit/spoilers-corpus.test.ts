import { loadCorpus } from '../../src/spoilers/corpus'
import { evaluateCorpus } from '../../src/spoilers/eval'

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
