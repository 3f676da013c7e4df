/** One article as the similarity engine sees it. `dramas` and `people` are opaque ids or names. */
export type SimilarityDoc = {
  id: string
  title: string
  body: string
  format?: string
  dramas: string[]
  people: string[]
  tags: string[]
  publishedAt?: string
}

export type ScoredId = { id: string; score: number }

export type SimilarityIndex = {
  upsert(doc: SimilarityDoc): void | Promise<void>
  remove(id: string): void | Promise<void>
  similarTo(id: string, limit: number): ScoredId[] | Promise<ScoredId[]>
}

/**
 * Corpus-independent features of one article, JSON-serializable so they can be stored on it.
 * Term keys: a stemmed word (`kiss`) or a proper name (`n:queen of tear`).
 */
export type DocFeatures = {
  /** Bumped when extraction changes, so stored features can be recognised as stale. */
  version: number
  titleTerms: Record<string, number>
  bodyTerms: Record<string, number>
  dramas: string[]
  people: string[]
  tags: string[]
  format: string | null
  /** Theme name to weight, L2-normalised (empty when no theme vocabulary was found). */
  themes: Record<string, number>
  /** Epoch milliseconds, or null when unknown. */
  publishedAt: number | null
}

/** Document frequencies over terms and entity keys; a plain object so it can be stored as JSON. */
export type CorpusStats = {
  docCount: number
  df: Record<string, number>
}
