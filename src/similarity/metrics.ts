/** Graded relevance judgements for one query: id to grade (2 = great, 1 = fine). */
export type Judgements = Record<string, number>

/**
 * Normalised discounted cumulative gain at `k` with exponential gain (2^rel - 1). The ideal
 * ranking is built from all judged documents, so missing a great match costs even when the
 * returned list is short.
 */
export function ndcgAtK(ranked: readonly string[], judgements: Judgements, k: number): number {
  const gain = (rel: number) => 2 ** rel - 1
  let dcg = 0
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(judgements[id] ?? 0) / Math.log2(i + 2)
  })
  const ideal = Object.values(judgements)
    .filter((rel) => rel > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
  let idcg = 0
  ideal.forEach((rel, i) => {
    idcg += gain(rel) / Math.log2(i + 2)
  })
  return idcg === 0 ? 0 : dcg / idcg
}

/**
 * Average precision at `k` with binary relevance (grade >= 1), normalised by
 * min(k, number of relevant documents).
 */
export function averagePrecisionAtK(
  ranked: readonly string[],
  judgements: Judgements,
  k: number,
): number {
  const relevant = Object.values(judgements).filter((rel) => rel > 0).length
  if (relevant === 0) return 0
  let hits = 0
  let sum = 0
  ranked.slice(0, k).forEach((id, i) => {
    if ((judgements[id] ?? 0) > 0) {
      hits++
      sum += hits / (i + 1)
    }
  })
  return sum / Math.min(k, relevant)
}

/** Arithmetic mean, 0 for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
}
