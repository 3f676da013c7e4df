import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { averagePrecisionAtK, mean, ndcgAtK } from './metrics'

import type { Judgements } from './metrics'
import type { ScoredId, SimilarityDoc } from './types'

export type DevQuery = { query: string; relevant: Judgements; distractors: string[]; note?: string }
export type DevSet = { docs: SimilarityDoc[]; queries: DevQuery[] }
export type QueryResult = { query: string; ndcg: number; ap: number; ranked: string[] }
export type EvalResult = { ndcg: number; map: number; perQuery: QueryResult[] }

/** Default location of the development set: `test/fixtures/similar` in this repository. */
export const DEV_SET_DIR = fileURLToPath(new URL('../../test/fixtures/similar', import.meta.url))

/** Loads `articles/*.json` (arrays of articles) and `queries.json` from `dir`. */
export function loadDevSet(dir: string = DEV_SET_DIR): DevSet {
  const articleDir = join(dir, 'articles')
  const docs = readdirSync(articleDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(join(articleDir, file), 'utf8')) as SimilarityDoc[])
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as DevQuery[]
  return { docs, queries }
}

/**
 * Held-out split, decided by a hash of the query id so it never depends on results: roughly a
 * third of the queries, never used when tuning weights.
 */
export function isHeldOut(queryId: string): boolean {
  let hash = 0x811c9dc5
  for (let i = 0; i < queryId.length; i++) {
    hash ^= queryId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 3 === 0
}

/** nDCG@k and MAP@k of `search` over `queries`. */
export function evaluate(
  search: (id: string, limit: number) => ScoredId[],
  queries: readonly DevQuery[],
  k = 5,
): EvalResult {
  const perQuery = queries.map((q) => {
    const ranked = search(q.query, k).map((r) => r.id)
    return {
      query: q.query,
      ranked,
      ndcg: ndcgAtK(ranked, q.relevant, k),
      ap: averagePrecisionAtK(ranked, q.relevant, k),
    }
  })
  return {
    ndcg: mean(perQuery.map((r) => r.ndcg)),
    map: mean(perQuery.map((r) => r.ap)),
    perQuery,
  }
}
