import { DEFAULT_WEIGHTS, createSimilarityIndex, createTfidfBaseline } from '../../src/similarity'
import { loadDevSet } from '../../src/similarity/devset'

import type { SimilarityDoc, SimilarityIndex } from '../../src/similarity'

const { docs } = loadDevSet()
const byId = new Map(docs.map((d) => [d.id, d]))
const doc = (id: string): SimilarityDoc => ({ ...byId.get(id)! })

describe('createSimilarityIndex', () => {
  it('implements the public SimilarityIndex contract synchronously', () => {
    const index: SimilarityIndex = createSimilarityIndex(docs)
    const baseline: SimilarityIndex = createTfidfBaseline(docs)
    expect(Array.isArray(index.similarTo('cloy-kiss', 3))).toBe(true)
    expect(Array.isArray(baseline.similarTo('cloy-kiss', 3))).toBe(true)
  })

  it('never returns the query itself and respects the limit', () => {
    const index = createSimilarityIndex(docs)
    for (const { id } of docs) {
      const results = index.similarTo(id, 3)
      expect(results.length).toBeLessThanOrEqual(3)
      expect(results.map((r) => r.id)).not.toContain(id)
    }
    expect(index.similarTo('cloy-kiss', 0)).toEqual([])
    expect(index.similarTo('cloy-kiss', -1)).toEqual([])
    expect(index.similarTo('cloy-kiss', 50).length).toBeGreaterThan(5)
  })

  it('returns nothing for unknown ids and works on an empty index', () => {
    expect(createSimilarityIndex().similarTo('nope', 5)).toEqual([])
    expect(createSimilarityIndex(docs).similarTo('nope', 5)).toEqual([])
  })

  it('sorts by descending score, then id, and every score clears the threshold', () => {
    const results = createSimilarityIndex(docs).similarTo('psj-profile', 40)
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1]!, results[i]!]
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true)
    }
    for (const r of results) expect(r.score).toBeGreaterThanOrEqual(DEFAULT_WEIGHTS.minScore)
  })

  it('never returns a removed document, and forgets the removed query', () => {
    const index = createSimilarityIndex(docs)
    const before = index.similarTo('swk-kiss', 5).map((r) => r.id)
    expect(before).toContain('cloy-kiss')
    index.remove('cloy-kiss')
    expect(index.size()).toBe(docs.length - 1)
    for (const { id } of docs) {
      expect(index.similarTo(id, 100).map((r) => r.id)).not.toContain('cloy-kiss')
    }
    expect(index.similarTo('cloy-kiss', 5)).toEqual([])
    index.remove('cloy-kiss')
    expect(index.size()).toBe(docs.length - 1)
  })

  it('changes results when a document is updated', () => {
    const index = createSimilarityIndex(docs)
    expect(index.similarTo('qot-ratings', 5).map((r) => r.id)).not.toContain('hdl-fashion')
    // The fashion piece is rewritten as a ratings brief: it must now match ratings briefs.
    const rewritten = { ...doc('cloy-ratings'), id: 'hdl-fashion', title: 'Hotel del Luna ratings' }
    index.upsert(rewritten)
    expect(index.size()).toBe(docs.length)
    expect(index.similarTo('qot-ratings', 5).map((r) => r.id)).toContain('hdl-fashion')
    expect(index.similarTo('cloy-fashion', 5).map((r) => r.id)).not.toContain('hdl-fashion')
  })

  it('treats an upsert of identical content as a no-op', () => {
    const index = createSimilarityIndex(docs)
    const before = docs.map((d) => index.similarTo(d.id, 5))
    const statsBefore = structuredClone(index.stats())
    index.upsert(doc('goblin-ost'))
    expect(index.stats()).toEqual(statsBefore)
    expect(docs.map((d) => index.similarTo(d.id, 5))).toEqual(before)
  })

  it('is deterministic whatever the insertion order', () => {
    const reversed = createSimilarityIndex([...docs].reverse())
    const forward = createSimilarityIndex(docs)
    const incremental = createSimilarityIndex(docs.slice(0, 10))
    for (const d of docs.slice(10)) incremental.upsert(d)
    for (const { id } of docs) {
      expect(reversed.similarTo(id, 8)).toEqual(forward.similarTo(id, 8))
    }
    // Incremental inserts can pick different lookup keys, but shared entities keep the top hit.
    expect(incremental.similarTo('cloy-ratings', 1)).toEqual(forward.similarTo('cloy-ratings', 1))
  })

  it('handles a document without metadata, format or date', () => {
    const bare: SimilarityDoc = {
      id: 'bare',
      title: 'Ten kiss scenes we still think about',
      body: 'A romantic kiss, a confession in the rain and a couple with great chemistry.',
      dramas: [],
      people: [],
      tags: [],
    }
    const index = createSimilarityIndex([...docs, bare])
    const results = index.similarTo('bare', 4).map((r) => r.id)
    expect(results).toHaveLength(4)
    for (const id of results) expect(id).toMatch(/-(kiss|romance|moments)$|^best-couples$/)
  })
})
