import { averagePrecisionAtK, mean, ndcgAtK } from './metrics'

import type { Search } from './crossval'
import type { LabelledQuery } from './judge'

const K = 5

/** nDCG@5, MAP@5 and the distractors reaching top-5 lists, over rule-judged queries. */
export type LabelledResult = {
  ndcg: number
  map: number
  /** Top-5 slots taken by an article that only shares a word of the query drama's title. */
  wordOnly: number
  /** Top-5 slots taken by a same-drama article of an unrelated kind. */
  sameDramaOtherKind: number
}

/** Evaluates `search` on rule-judged queries at k = 5. */
export function evaluateLabelled(search: Search, queries: LabelledQuery[]): LabelledResult {
  let wordOnly = 0
  let sameDramaOtherKind = 0
  const ndcg: number[] = []
  const ap: number[] = []
  for (const q of queries) {
    const ranked = search(q.query, K).map((r) => r.id)
    ndcg.push(ndcgAtK(ranked, q.relevant, K))
    ap.push(averagePrecisionAtK(ranked, q.relevant, K))
    wordOnly += ranked.filter((id) => q.wordOnly.includes(id)).length
    sameDramaOtherKind += ranked.filter((id) => q.sameDramaOtherKind.includes(id)).length
  }
  return { ndcg: mean(ndcg), map: mean(ap), wordOnly, sameDramaOtherKind }
}
