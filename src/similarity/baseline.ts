import { contentTerms } from '../text/tokenize'
import { compareIds } from './rank'

import type { ScoredId, SimilarityDoc } from './types'

/** Synchronous, and assignable to `SimilarityIndex`. */
export type TfidfBaseline = {
  upsert(doc: SimilarityDoc): void
  remove(id: string): void
  similarTo(id: string, limit: number): ScoredId[]
}

/**
 * Plain TF-IDF cosine over stemmed, stopword-free title + body terms (raw tf, idf = ln(N/df)),
 * no title boost, no entities. The reference point the engine has to beat in the eval.
 */
export function createTfidfBaseline(docs: SimilarityDoc[] = []): TfidfBaseline {
  const counts = new Map<string, Map<string, number>>()
  let vectors: Map<string, Map<string, number>> | null = null

  const upsert = (doc: SimilarityDoc) => {
    const tf = new Map<string, number>()
    for (const term of contentTerms(`${doc.title}\n${doc.body}`))
      tf.set(term, (tf.get(term) ?? 0) + 1)
    counts.set(doc.id, tf)
    vectors = null
  }

  // Any change shifts every idf, so vectors are rebuilt lazily on the next query.
  const build = () => {
    const df = new Map<string, number>()
    for (const tf of counts.values())
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
    const built = new Map<string, Map<string, number>>()
    for (const [id, tf] of counts) {
      const vector = new Map<string, number>()
      let squares = 0
      for (const [term, count] of tf) {
        const weight = count * Math.log(counts.size / df.get(term)!)
        if (weight > 0) vector.set(term, weight)
        squares += weight * weight
      }
      const norm = Math.sqrt(squares) || 1
      for (const [term, weight] of vector) vector.set(term, weight / norm)
      built.set(id, vector)
    }
    return built
  }

  for (const doc of docs) upsert(doc)

  return {
    upsert,
    remove(id) {
      if (counts.delete(id)) vectors = null
    },
    similarTo(id, limit) {
      vectors ??= build()
      const query = vectors.get(id)
      if (!query || !(limit > 0)) return []
      const results: ScoredId[] = []
      for (const [other, vector] of vectors) {
        if (other === id) continue
        let score = 0
        for (const [term, weight] of query) score += weight * (vector.get(term) ?? 0)
        if (score > 0) results.push({ id: other, score })
      }
      results.sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
      return results.slice(0, limit)
    },
  }
}
