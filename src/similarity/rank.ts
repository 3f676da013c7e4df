import { DEFAULT_KEY_TERMS, candidateKeys } from './candidates'
import { prepareFeatures, queryVectors, scoreAgainst, statsIdf } from './score'
import { DEFAULT_WEIGHTS } from './weights'

import type { IdfLookup, PreparedDoc } from './score'
import type { CorpusStats, DocFeatures, ScoredId } from './types'
import type { ScoreWeights } from './weights'

export type RankOptions = {
  /** Distinctive terms per document used as lookup keys. */
  keyTerms?: number
  /** At most this many candidates (those sharing the heaviest keys) are fully scored. */
  maxCandidates?: number
  weights?: ScoreWeights
  /**
   * Format diversity: each article already listed with the same format lowers a candidate's
   * score by this much when the list is assembled (0 keeps pure score order). With 0.05, a
   * fourth ratings brief needs a lead of 0.15 over a review to be listed before it.
   * @default 0
   */
  formatDiversity?: number
}

export const DEFAULT_MAX_CANDIDATES = 1000

/** A stored article as the glue code would load it: features plus, ideally, its stored keys. */
export type RankCandidate = { id: string; features: DocFeatures; keys?: string[] }

/** A candidate with the summed IDF of the lookup keys it shares with the query. */
export type Pooled<T> = { id: string; overlap: number; doc: PreparedDoc<T> }

/**
 * Final step shared by the in-memory index and `rankCandidates`: pre-select the `maxCandidates`
 * candidates with the heaviest shared keys, score them, drop those under the threshold and sort
 * by score (then id, for a stable order).
 */
export function rankPool<T>(
  query: PreparedDoc<T>,
  pool: Array<Pooled<T>>,
  idf: IdfLookup<T>,
  limit: number,
  maxCandidates: number,
  weights: ScoreWeights,
  formatDiversity = 0,
): ScoredId[] {
  if (limit <= 0 || pool.length === 0) return []
  const overlaps = Float64Array.from(pool, (c) => c.overlap)
  const chosen = topByOverlap(overlaps, (i) => pool[i]!.id, maxCandidates).map((i) => pool[i]!)
  const vectors = queryVectors(query, idf)
  const results: Array<ScoredId & { format: string | null }> = []
  for (const candidate of chosen) {
    const score = scoreAgainst(vectors, candidate.doc, idf, weights)
    if (score >= weights.minScore) {
      results.push({ id: candidate.id, score, format: candidate.doc.format })
    }
  }
  results.sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
  const listed = formatDiversity > 0 ? diversify(results, formatDiversity, limit) : results
  return listed.slice(0, limit).map(({ id, score }) => ({ id, score }))
}

/**
 * Greedy re-ranking for format diversity: repeatedly lists the candidate whose score, less
 * `penalty` per listed article of its format, is highest. Scores themselves are unchanged.
 */
function diversify<R extends ScoredId & { format: string | null }>(
  sorted: R[],
  penalty: number,
  limit: number,
): R[] {
  const left = [...sorted]
  const listed: R[] = []
  const perFormat = new Map<string | null, number>()
  while (listed.length < limit && left.length > 0) {
    let best = 0
    let bestValue = -Infinity
    left.forEach((r, i) => {
      const value = r.score - penalty * (perFormat.get(r.format) ?? 0)
      if (value > bestValue) {
        best = i
        bestValue = value
      }
    })
    const [next] = left.splice(best, 1)
    listed.push(next!)
    perFormat.set(next!.format, (perFormat.get(next!.format) ?? 0) + 1)
  }
  return listed
}

/**
 * Indexes of the `max` entries with the largest overlap, ties broken by smaller id: the same set
 * as sorting everything by (overlap desc, id asc) and slicing, without sorting a huge pool.
 */
export function topByOverlap(
  overlaps: Float64Array,
  idAt: (index: number) => string,
  max: number,
): number[] {
  const all = Array.from(overlaps.keys())
  if (overlaps.length <= max) return all
  if (max <= 0) return []
  const cutoff = Float64Array.from(overlaps).sort()[overlaps.length - max]!
  const above = all.filter((i) => overlaps[i]! > cutoff)
  const tied = all
    .filter((i) => overlaps[i] === cutoff)
    .sort((a, b) => compareIds(idAt(a), idAt(b)))
  return above.concat(tied.slice(0, max - above.length))
}

/** Plain code-unit comparison, independent of locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Ranks stored candidates (typically the articles found by `candidateKeys`) against a query,
 * producing the same list the in-memory index would. Candidates sharing no key with the query,
 * and the query itself, are ignored.
 */
export function rankCandidates(
  query: RankCandidate,
  candidates: Iterable<RankCandidate>,
  stats: CorpusStats,
  limit: number,
  options: RankOptions = {},
): ScoredId[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS
  const keyTerms = options.keyTerms ?? DEFAULT_KEY_TERMS
  const idf = statsIdf(stats)
  // Terms interned to small integers for this call, each IDF looked up once: a candidate's terms
  // then cost one hash lookup each instead of four (merge, IDF, query weight), as in memory.
  const numbers = new Map<string, number>()
  const idfs: number[] = []
  const intern = (key: string): number => {
    let number = numbers.get(key)
    if (number === undefined) {
      number = idfs.length
      numbers.set(key, number)
      idfs.push(idf(key))
    }
    return number
  }
  const idfOf = (number: number) => idfs[number]!
  const queryKeys = query.keys ?? candidateKeys(query.features, stats, keyTerms, weights.titleBoost)
  const queryKeyIdfs = queryKeys.map((key) => idf(key))
  const pool: Array<Pooled<number>> = []
  const seen = new Set<string>([query.id])
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    const keys = new Set(
      candidate.keys ?? candidateKeys(candidate.features, stats, keyTerms, weights.titleBoost),
    )
    let overlap = 0
    let shared = false
    queryKeys.forEach((key, i) => {
      if (!keys.has(key)) return
      shared = true
      overlap += queryKeyIdfs[i]!
    })
    if (!shared) continue
    const doc = prepareFeatures(candidate.features, intern, weights.titleBoost)
    pool.push({ id: candidate.id, overlap, doc })
  }
  const queryDoc = prepareFeatures(query.features, intern, weights.titleBoost)
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES
  return rankPool(queryDoc, pool, idfOf, limit, maxCandidates, weights, options.formatDiversity)
}
