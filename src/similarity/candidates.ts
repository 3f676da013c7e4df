import { prepareFeatures, statsIdf, termWeight } from './score'
import { documentFrequency } from './stats'
import { DEFAULT_WEIGHTS } from './weights'

import type { IdfLookup, PreparedDoc } from './score'
import type { CorpusStats, DocFeatures } from './types'

/** How many distinctive terms become lookup keys (Elasticsearch more_like_this uses 25 too). */
export const DEFAULT_KEY_TERMS = 25
// In a large corpus a term found in more than this share of articles pulls in a big slice of the
// archive for little evidence; small corpora are topical enough that such terms still help.
const MAX_KEY_DF_RATIO = 0.2
const MIN_DOCS_FOR_DF_CUTOFF = 1000

/**
 * Generic key selection shared by `candidateKeys` and the in-memory index: every entity key,
 * then the `k` terms with the highest TF-IDF weight that at least one other document contains
 * (ties broken by `label`, so the choice is deterministic).
 */
export function selectKeys<T>(
  doc: PreparedDoc<T>,
  idf: IdfLookup<T>,
  df: (ref: T) => number,
  docCount: number,
  k: number,
  label: (ref: T) => string,
): T[] {
  const keys: T[] = [...Array.from(doc.people), ...Array.from(doc.dramas), ...Array.from(doc.tags)]
  const maxDf = docCount >= MIN_DOCS_FOR_DF_CUTOFF ? MAX_KEY_DF_RATIO * docCount : Infinity
  const scored: Array<{ ref: T; weight: number; label: string }> = []
  for (let i = 0; i < doc.terms.length; i++) {
    const ref = doc.terms[i]!
    const frequency = df(ref)
    // df counts this document too: a term nobody else has cannot find anything.
    if (frequency < 2 || frequency > maxDf) continue
    scored.push({ ref, weight: termWeight(doc.tf[i]!, idf(ref)), label: label(ref) })
  }
  scored.sort((a, b) => b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  for (const entry of scored.slice(0, Math.max(0, k))) keys.push(entry.ref)
  return keys
}

/**
 * Lookup keys for finding candidates of a document: its `person:`, `drama:` and `tag:` keys
 * plus its `k` most distinctive terms under `stats`. Store them on the article (they only need
 * refreshing when the corpus has grown a lot) and fetch the articles sharing any of them.
 */
export function candidateKeys(
  features: DocFeatures,
  stats: CorpusStats,
  k: number = DEFAULT_KEY_TERMS,
  titleBoost: number = DEFAULT_WEIGHTS.titleBoost,
): string[] {
  const doc = prepareFeatures(features, (key) => key, titleBoost)
  const df = (key: string) => documentFrequency(stats, key)
  return selectKeys(doc, statsIdf(stats), df, stats.docCount, k, (key) => key)
}
