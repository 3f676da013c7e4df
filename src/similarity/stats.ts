import type { CorpusStats, DocFeatures } from './types'

export const PERSON_PREFIX = 'person:'
export const DRAMA_PREFIX = 'drama:'
export const TAG_PREFIX = 'tag:'

/** Empty corpus statistics. */
export function createStats(): CorpusStats {
  // Prototype-less: faster to grow to a vocabulary of keys, and "constructor" is just a key.
  return { docCount: 0, df: Object.create(null) as Record<string, number> }
}

/**
 * The keys a document contributes to document frequencies: every distinct title/body term
 * (title first) and every entity as `person:`, `drama:` or `tag:` plus its normalised value.
 */
export function statKeys(features: DocFeatures): string[] {
  const keys = new Set<string>()
  for (const term of Object.keys(features.titleTerms)) keys.add(term)
  for (const term of Object.keys(features.bodyTerms)) keys.add(term)
  for (const person of features.people) keys.add(PERSON_PREFIX + person)
  for (const drama of features.dramas) keys.add(DRAMA_PREFIX + drama)
  for (const tag of features.tags) keys.add(TAG_PREFIX + tag)
  return [...keys]
}

/** Counts one document into `stats` (mutates it). Pair every call with one `removeFromStats`. */
export function addToStats(stats: CorpusStats, features: DocFeatures): void {
  countDocument(stats, statKeys(features), 1)
}

/**
 * Removes one document previously added with the same features (mutates `stats`). Keys that
 * drop to zero are deleted so the stored object does not grow forever.
 */
export function removeFromStats(stats: CorpusStats, features: DocFeatures): void {
  countDocument(stats, statKeys(features), -1)
}

/** Adds (`delta` 1) or removes (`delta` -1) one document given its `statKeys`. */
export function countDocument(stats: CorpusStats, keys: Iterable<string>, delta: 1 | -1): void {
  for (const key of keys) {
    const next = documentFrequency(stats, key) + delta
    if (next > 0) stats.df[key] = next
    else delete stats.df[key]
  }
  stats.docCount = Math.max(0, stats.docCount + delta)
}

/** Document frequency of `key`; 0 when unknown (and safe against keys such as "constructor"). */
export function documentFrequency(stats: CorpusStats, key: string): number {
  const value = Object.hasOwn(stats.df, key) ? stats.df[key] : undefined
  return typeof value === 'number' ? value : 0
}

/**
 * BM25-style inverse document frequency. Always positive, so a term every document shares
 * still counts a little, and a term unseen in the stats counts as rare.
 */
export function inverseDocumentFrequency(df: number, docCount: number): number {
  const n = Math.max(docCount, df)
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}
