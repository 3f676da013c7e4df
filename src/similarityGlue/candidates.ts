import type { PayloadRequest } from 'payload'

import type { CorpusStats, DocFeatures, RankCandidate } from '../similarity'
import { documentFrequency, inverseDocumentFrequency, rankCandidates } from '../similarity'
import type { Filed } from './entryStore'
import { findFiledUnder, readEntries } from './entryStore'
import type { Neighbour, StoredEntry } from './types'
import { LOOKUP, roundScore } from './types'

/** A query for similar articles: the article's features and its lookup keys. */
export type SimilarityQuery = { articleId: string; features: DocFeatures; keys: string[] }

export type Ranked = {
  /** Every candidate at or above the engine's threshold, best first. */
  scored: Neighbour[]
  /** The entries that were scored, by article id. */
  entries: Map<string, StoredEntry>
}

/**
 * Finds and ranks the articles similar to `query` the way a search engine's more-like-this does:
 * look the query's keys up in the inverted index (the rarest keys first, all of their postings
 * within a budget planned from the document frequencies; then one capped, most recent slice for a
 * few common ones), weigh each article by the summed IDF of the keys it shares, load the features
 * of the best `LOOKUP.maxScored` only and score those with the engine. The work is bounded whatever
 * the corpus size; on small corpora every article sharing a key is scored, as in memory.
 */
export async function rankSimilar(
  req: PayloadRequest,
  query: SimilarityQuery,
  stats: CorpusStats,
): Promise<Ranked> {
  const df = (key: string) => documentFrequency(stats, key)
  const idf = (key: string) => inverseDocumentFrequency(df(key), stats.docCount)
  const ordered = [...new Set(query.keys)].sort((a, b) => df(a) - df(b) || (a < b ? -1 : 1))
  const rare: string[] = []
  const common: string[] = []
  let planned = 0
  for (const key of ordered) {
    if (planned + df(key) <= LOOKUP.postingsBudget) {
      rare.push(key)
      planned += df(key)
    } else {
      common.push(key)
    }
  }

  const wanted = new Set(query.keys)
  const shared = new Map<string, { overlap: number; keys: string[] }>()
  const collect = (entries: Filed[]) => {
    for (const entry of entries) {
      if (entry.articleId === query.articleId || shared.has(entry.articleId)) continue
      const keys = entry.keys.filter((key) => wanted.has(key))
      const overlap = keys.reduce((sum, key) => sum + idf(key), 0)
      if (keys.length > 0) shared.set(entry.articleId, { overlap, keys })
    }
  }
  // The rare keys' postings are bounded by the plan (their document frequencies sum to at most the
  // budget), so that query has no LIMIT: with one near its row estimate, PostgreSQL walked the
  // whole archive in id order to merge with them (100k: 14–45 ms instead of 10).
  collect(await findFiledUnder(req, rare))
  // The common keys share one capped query, the most recently filed first: a query per key cost a
  // publish three more round trips, and against an exhaustive ranking recovered no more of the
  // top 20 (synthetic 10k, two seeds: 34% and 39% per key, 36% and 42% shared).
  collect(await findFiledUnder(req, common.slice(0, LOOKUP.maxCommonKeys), LOOKUP.commonRows))

  const chosen = [...shared]
    .sort(([a, x], [b, y]) => y.overlap - x.overlap || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, LOOKUP.maxScored)
  const entries = await readEntries(
    req,
    chosen.map(([id]) => id),
    { withKeys: false },
  )
  // The keys a candidate shares with the query are all the engine needs of its stored keys.
  const candidates: RankCandidate[] = chosen.flatMap(([id, hit]) => {
    const entry = entries.get(id)
    return entry ? [{ id, features: entry.features, keys: hit.keys }] : []
  })
  const scored = rankCandidates(
    { id: query.articleId, features: query.features, keys: query.keys },
    candidates,
    stats,
    candidates.length,
    { maxCandidates: LOOKUP.maxScored },
  ).map(({ id, score }) => ({ id, score: roundScore(score) }))
  return { scored, entries }
}
