import type { CorpusStats, DocFeatures } from '../similarity'
import { DEFAULT_WEIGHTS, documentFrequency } from '../similarity'

/** Terms no other article has yet under which an article is filed as well (see below). */
export const FRESH_KEY_TERMS = 10

/**
 * The keys an article is filed under in the inverted index: its lookup keys (`candidateKeys`:
 * entities and its most distinctive terms that other articles share) plus its most frequent terms
 * that no other article has yet. The engine leaves those out of a query, where they can find
 * nothing; but the in-memory index re-selects every document's keys as the corpus grows, which a
 * stored index cannot afford, so without them the first articles on a new topic would never be
 * found by the later ones.
 */
export function filingKeys(
  features: DocFeatures,
  stats: CorpusStats,
  lookupKeys: string[],
): string[] {
  const boost = DEFAULT_WEIGHTS.titleBoost
  const counts = new Map<string, number>()
  for (const [term, tf] of Object.entries(features.titleTerms)) counts.set(term, boost * tf)
  for (const [term, tf] of Object.entries(features.bodyTerms)) {
    counts.set(term, (counts.get(term) ?? 0) + tf)
  }
  const fresh = [...counts]
    .filter(([term]) => documentFrequency(stats, term) <= 1)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, FRESH_KEY_TERMS)
    .map(([term]) => term)
  return [...new Set([...lookupKeys, ...fresh])]
}
