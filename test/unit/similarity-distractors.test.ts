import { createSimilarityIndex, extractFeatures } from '../../src/similarity'
import { loadCatalogue, loadDevSet, loadLabelledDevSet } from '../../src/similarity/devset'

import type { SimilarityDoc } from '../../src/similarity'

const { queries } = loadDevSet()
// The legacy queries are ranked over the whole labelled dev set, with its catalogue: more
// articles of every kind, as in a real archive.
const { docs, labels } = loadLabelledDevSet()
const index = createSimilarityIndex(docs, { catalogue: loadCatalogue() })
const top = (id: string, n = 5) => index.similarTo(id, n).map((r) => r.id)
const termsOf = (id: string, field: 'titleTerms' | 'bodyTerms' | 'both' = 'both') => {
  const f = extractFeatures(docs.find((d) => d.id === id)!)
  const title = field === 'bodyTerms' ? [] : Object.keys(f.titleTerms)
  const body = field === 'titleTerms' ? [] : Object.keys(f.bodyTerms)
  return new Set([...title, ...body])
}

describe('word-only distractors', () => {
  it('keeps "Queen of Tears" apart from a ballad list about tears', () => {
    expect(termsOf('qot-kiss', 'titleTerms')).toContain('n:queen of tear')
    expect(termsOf('qot-kiss', 'titleTerms')).not.toContain('tear')
    expect(termsOf('tears-ballads', 'titleTerms')).toContain('tear')
    expect([...termsOf('tears-ballads')].some((t) => t.includes('queen'))).toBe(false)
    expect(top('tears-ballads').filter((id) => id.startsWith('qot-'))).toEqual([])
    expect(top('qot-kiss')).not.toContain('tears-ballads')
  })

  it('keeps Descendants of the Sun, Mr. Sunshine and a sun-hat list apart', () => {
    expect(termsOf('dots-recap')).toContain('n:descendant of the sun')
    expect(termsOf('sunshine-recap')).toContain('n:mr sunshine')
    expect(termsOf('dots-recap')).not.toContain('sun')
    expect(top('summer-sun-style').filter((id) => /^(dots|sunshine)-/.test(id))).toEqual([])
    expect(top('dots-kiss').filter((id) => id.startsWith('sunshine-'))).toEqual([])
  })

  it('does not merge different people who share a surname', () => {
    const terms = termsOf('swk-kiss')
    expect(terms).toContain('n:park seo joon')
    expect(terms).toContain('n:park min young')
    expect(terms).not.toContain('park')
  })
})

describe('same drama, different topic', () => {
  it('ranks other ratings briefs above the same drama romance, music and fashion lists', () => {
    // The one same-drama article it should list is the other ratings brief (a translated one).
    const sameDrama = top('cloy-ratings').filter((id) => id.startsWith('cloy-'))
    expect(sameDrama).toEqual(['cloy-translated'])
    expect(top('qot-ratings', 5).every((id) => labels.get(id)?.topic === 'ratings')).toBe(true)
  })

  it('ranks other romance lists above the same drama fashion list', () => {
    const results = top('swk-kiss', 10)
    const fashion = results.indexOf('swk-fashion')
    const romance = ['cloy-kiss', 'qot-kiss', 'dots-kiss'].map((id) => results.indexOf(id))
    for (const position of romance) expect(position).toBeGreaterThanOrEqual(0)
    if (fashion >= 0) for (const position of romance) expect(position).toBeLessThan(fashion)
  })

  it('keeps every listed distractor out of the top 5 of every dev query', () => {
    const hits = queries.flatMap((q) =>
      q.distractors.filter((d) => top(q.query).includes(d)).map((d) => `${q.query} -> ${d}`),
    )
    expect(hits).toEqual([])
  })
})

describe('shared actor versus shared drama (synthetic)', () => {
  const article = (
    id: string,
    title: string,
    body: string,
    format: string,
    dramas: string[],
  ): SimilarityDoc => ({ id, title, body, format, dramas, people: ['lead-actor'], tags: [] })
  const kiss = (drama: string) =>
    `The kiss scenes in ${drama} are the reason fans swoon. Lee Joon Ha and his co-star share ` +
    'a first kiss in the rain, a shy kiss after a date and a tearful kiss before the finale. ' +
    'Their chemistry makes the romance feel real, and every confession lands.'
  const ratings = (drama: string) =>
    `${drama} recorded a nationwide rating of 12 percent according to Nielsen Korea, its highest ` +
    'figure yet. Viewership climbed for the finale, and the network said the audience share ' +
    'beat every rival in its time slot. Lee Joon Ha stars in the series.'
  const corpus = [
    article('q', 'Kiss scenes from Moon Harbor', kiss('Moon Harbor'), 'listicle', ['moon-harbor']),
    article('actor', 'Kiss scenes from Glass Garden', kiss('Glass Garden'), 'listicle', ['glass']),
    article('drama', 'Moon Harbor ratings', ratings('Moon Harbor'), 'news', ['moon-harbor']),
    article('other', 'Glass Garden ratings', ratings('Glass Garden'), 'news', ['glass']),
  ]

  it('prefers the same actor and topic in another drama over the same drama and actor', () => {
    const results = createSimilarityIndex(corpus)
      .similarTo('q', 3)
      .map((r) => r.id)
    expect(results[0]).toBe('actor')
    expect(results.indexOf('drama')).toBeGreaterThan(0)
  })
})
