import {
  addToStats,
  candidateKeys,
  createSimilarityIndex,
  createStats,
  extractFeatures,
  rankCandidates,
  removeFromStats,
  scorePair,
} from '../../src/similarity'
import { loadDevSet } from '../../src/similarity/devset'

import type { CorpusStats, DocFeatures, RankCandidate } from '../../src/similarity'

const { docs } = loadDevSet()
const features = new Map(docs.map((d) => [d.id, extractFeatures(d)]))
const f = (id: string): DocFeatures => features.get(id)!

function statsOf(ids: string[]): CorpusStats {
  const stats = createStats()
  for (const id of ids) addToStats(stats, f(id))
  return stats
}

describe('extractFeatures', () => {
  it('is pure, corpus-independent and survives a JSON round trip', () => {
    const doc = docs[0]!
    expect(extractFeatures(doc)).toEqual(extractFeatures({ ...doc }))
    const stored = JSON.parse(JSON.stringify(f(doc.id))) as DocFeatures
    expect(stored).toEqual(f(doc.id))
  })

  it('normalises entities and keeps names as single terms', () => {
    const features = extractFeatures({
      id: 'x',
      title: 'Hyun Bin in Crash Landing on You',
      body: 'Fans adore Hyun Bin in Crash Landing on You, and Park Seo-joon too.',
      format: 'News',
      dramas: [' Crash Landing on You ', 'crash landing on you'],
      people: ['Hyun Bin'],
      tags: ['Ratings News'],
    })
    expect(features.dramas).toEqual(['crash landing on you'])
    expect(features.tags).toEqual(['ratings-news'])
    expect(features.format).toBe('news')
    expect(Object.keys(features.bodyTerms)).toEqual(
      expect.arrayContaining(['n:hyun bin', 'n:crash landing on you', 'n:park seo joon', 'fan']),
    )
    expect(features.bodyTerms).not.toHaveProperty('crash')
    expect(features.titleTerms).toEqual({ 'n:hyun bin': 1, 'n:crash landing on you': 1 })
  })
})

describe('corpus stats', () => {
  it('add and remove are symmetric, whatever the order', () => {
    const ids = docs.map((d) => d.id)
    const stats = statsOf(ids)
    expect(stats.docCount).toBe(ids.length)
    for (const id of [...ids].reverse()) removeFromStats(stats, f(id))
    expect(stats).toEqual({ docCount: 0, df: {} })
  })

  it('removing one document restores the stats of the others exactly', () => {
    const ids = docs.slice(0, 20).map((d) => d.id)
    const stats = statsOf(ids)
    removeFromStats(stats, f(ids[7]!))
    expect(stats).toEqual(statsOf(ids.filter((_, i) => i !== 7)))
  })

  it('is plain JSON and scores identically after a round trip', () => {
    const stats = statsOf(docs.map((d) => d.id))
    const stored = JSON.parse(JSON.stringify(stats)) as CorpusStats
    expect(scorePair(f('cloy-kiss'), f('qot-kiss'), stored)).toBe(
      scorePair(f('cloy-kiss'), f('qot-kiss'), stats),
    )
  })
})

describe('candidateKeys', () => {
  const stats = statsOf(docs.map((d) => d.id))

  it('includes every entity and at most k distinctive terms', () => {
    const keys = candidateKeys(f('cloy-ratings'), stats, 10)
    expect(keys).toEqual(
      expect.arrayContaining(['person:hyun-bin', 'drama:crash-landing-on-you', 'tag:ratings']),
    )
    const terms = keys.filter((k) => !/^(person|drama|tag):/.test(k))
    expect(terms.length).toBeLessThanOrEqual(10)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('narrows the candidate set instead of loading the whole corpus', () => {
    const keySets = docs.map((d) => new Set(candidateKeys(f(d.id), stats)))
    const sizes = keySets.map(
      (mine, i) =>
        keySets.filter((other, j) => j !== i && [...mine].some((k) => other.has(k))).length,
    )
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length
    expect(average).toBeLessThan((docs.length - 1) * 0.6)
  })
})

describe('layered API', () => {
  it('features + stats + candidate keys + rankCandidates reproduce the index exactly', () => {
    const index = createSimilarityIndex(docs)
    const stats = statsOf(docs.map((d) => d.id))
    expect(index.stats()).toEqual(stats)
    // What the CMS glue stores on each article.
    const stored: RankCandidate[] = docs.map((d) => ({
      id: d.id,
      features: JSON.parse(JSON.stringify(f(d.id))) as DocFeatures,
      keys: candidateKeys(f(d.id), stats),
    }))
    for (const query of stored) {
      expect(index.keysOf(query.id)).toEqual(query.keys)
      const wanted = new Set(query.keys)
      const fetched = stored.filter((c) => c.keys!.some((k) => wanted.has(k)))
      expect(rankCandidates(query, fetched, stats, 10)).toEqual(index.similarTo(query.id, 10))
    }
  })

  it('pre-selects the same candidates as the index when the pool is capped', () => {
    const options = { maxCandidates: 4 }
    const index = createSimilarityIndex(docs, options)
    const stats = index.stats()
    const stored = docs.map((d) => ({ id: d.id, features: f(d.id), keys: index.keysOf(d.id) }))
    for (const query of stored.slice(0, 25)) {
      const capped = rankCandidates(query, stored, stats, 10, options)
      expect(capped.length).toBeLessThanOrEqual(4)
      expect(capped).toEqual(index.similarTo(query.id, 10))
    }
  })

  it('rankCandidates ignores the query itself, duplicates and key-less candidates', () => {
    const stats = statsOf(docs.map((d) => d.id))
    const query = { id: 'cloy-ratings', features: f('cloy-ratings') }
    const all = docs.map((d) => ({ id: d.id, features: f(d.id) }))
    const once = rankCandidates(query, all, stats, 10)
    expect(rankCandidates(query, [...all, ...all], stats, 10)).toEqual(once)
    expect(once.map((r) => r.id)).not.toContain('cloy-ratings')
    expect(rankCandidates(query, [], stats, 10)).toEqual([])
  })

  it('scorePair gives the scores the index reports', () => {
    const index = createSimilarityIndex(docs)
    const stats = index.stats()
    for (const { id, score } of index.similarTo('goblin-ost', 5)) {
      expect(scorePair(f('goblin-ost'), f(id), stats)).toBe(score)
    }
  })
})
