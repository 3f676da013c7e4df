import { mean, ndcgAtK } from './metrics'

import type { Judgements } from './metrics'
import type { ScoredId } from './types'

// Grouped cross-validation: queries are split into folds by group (a drama, say), every setting
// is scored on the other folds, and the fold is scored only with the setting chosen without it.
// A group's queries never help pick the weights they are scored with.

export type CvQuery = { query: string; relevant: Judgements; group: string }
export type Search = (id: string, limit: number) => ScoredId[]
export type CvResult = {
  /** Mean nDCG@k over all queries, each scored by the setting chosen on the other folds. */
  ndcg: number
  /** Per fold: its groups' query count and the setting chosen without it. */
  folds: Array<{ fold: number; queries: number; chosen: string }>
}

/** Stable fold of a group name (FNV-1a), so folds never depend on results. */
export function foldOf(group: string, folds: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < group.length; i++) {
    hash ^= group.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % folds
}

/**
 * Runs every named setting's `search` once per query, then picks per fold the setting with the
 * best mean nDCG@k on the remaining folds (ties to the earlier setting) and scores the fold with it.
 */
export function groupedCrossValidation(
  settings: Array<{ name: string; search: Search }>,
  queries: CvQuery[],
  { folds = 5, k = 5 }: { folds?: number; k?: number } = {},
): CvResult {
  const scores = settings.map(({ search }) =>
    queries.map((q) =>
      ndcgAtK(
        search(q.query, k).map((r) => r.id),
        q.relevant,
        k,
      ),
    ),
  )
  const foldOfQuery = queries.map((q) => foldOf(q.group, folds))
  const heldOutScores: number[] = []
  const report: CvResult['folds'] = []
  for (let fold = 0; fold < folds; fold++) {
    const inFold = foldOfQuery.map((f) => f === fold)
    if (!inFold.some(Boolean)) continue
    let best = 0
    let bestScore = -1
    settings.forEach((_, s) => {
      const train = mean(scores[s]!.filter((_, i) => !inFold[i]))
      if (train > bestScore + 1e-12) {
        best = s
        bestScore = train
      }
    })
    scores[best]!.forEach((score, i) => {
      if (inFold[i]) heldOutScores.push(score)
    })
    report.push({ fold, queries: inFold.filter(Boolean).length, chosen: settings[best]!.name })
  }
  return { ndcg: mean(heldOutScores), folds: report }
}
