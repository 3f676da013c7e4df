import { eng } from 'stopword'

import { tokenize } from '../text/tokenize'
import { compareIds } from './rank'

import type { ScoredId, SimilarityDoc } from './types'

// Approximations of two widely deployed related-posts engines, used only as reference points in
// the eval. They follow the documented algorithms, not every detail of the originals.

export type Ranker = { similarTo(id: string, limit: number): ScoredId[] }

const STOPWORDS = new Set(eng)

type FieldStats = { tf: Map<string, number>[]; df: Map<string, number>; lengths: number[] }

function fieldStats(texts: string[][]): FieldStats {
  const df = new Map<string, number>()
  const tf = texts.map((tokens) => {
    const counts = new Map<string, number>()
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
    for (const token of counts.keys()) df.set(token, (df.get(token) ?? 0) + 1)
    return counts
  })
  return { tf, df, lengths: texts.map((tokens) => tokens.length) }
}

function rank(ids: string[], self: number, scores: number[], limit: number): ScoredId[] {
  return scores
    .map((score, i) => ({ id: ids[i]!, score }))
    .filter((r, i) => i !== self && r.score > 0)
    .sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
    .slice(0, limit)
}

/**
 * Elasticsearch `more_like_this` on one title+body field with the standard analyzer (no
 * stemming): the 25 query terms with the highest tf * idf among terms seen at least twice in the
 * article and in at least two documents, BM25 scoring, at least 30% of those terms must match.
 */
export function createMoreLikeThis(docs: SimilarityDoc[]): Ranker {
  const ids = docs.map((d) => d.id)
  const stats = fieldStats(docs.map((d) => tokenize(`${d.title}\n${d.body}`)))
  const n = docs.length
  const averageLength = stats.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n)
  const idf = (term: string) => {
    const df = stats.df.get(term) ?? 0
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }
  return {
    similarTo(id, limit) {
      const self = ids.indexOf(id)
      if (self < 0) return []
      const terms = [...stats.tf[self]!]
        .filter(([term, tf]) => tf >= 2 && (stats.df.get(term) ?? 0) >= 2)
        .map(([term, tf]) => ({
          term,
          weight: tf * (1 + Math.log(n / ((stats.df.get(term) ?? 0) + 1))),
        }))
        .sort((a, b) => b.weight - a.weight || compareIds(a.term, b.term))
        .slice(0, 25)
        .map((t) => t.term)
      const mustMatch = Math.floor(terms.length * 0.3)
      const scores = stats.tf.map((tf, i) => {
        let matched = 0
        let score = 0
        for (const term of terms) {
          const f = tf.get(term) ?? 0
          if (f === 0) continue
          matched++
          const norm = 1.2 * (1 - 0.75 + (0.75 * stats.lengths[i]!) / averageLength)
          score += (idf(term) * (f * 2.2)) / (f + norm)
        }
        return matched >= mustMatch ? score : 0
      })
      return rank(ids, self, scores, limit)
    },
  }
}

/**
 * YARPP ("Yet Another Related Posts Plugin"): MySQL full-text relevance of the candidate's body
 * against the article's 20 most frequent body keywords, plus the same for titles, plus one point
 * per shared taxonomy term (dramas, people and tags here), keeping scores of at least the match
 * threshold (4, the plugin's default).
 */
export function createYarpp(docs: SimilarityDoc[], threshold = 4): Ranker {
  const ids = docs.map((d) => d.id)
  const keywords = (text: string) => tokenize(text).filter((t) => t.length > 2 && !STOPWORDS.has(t))
  const bodies = fieldStats(docs.map((d) => keywords(d.body)))
  const titles = fieldStats(docs.map((d) => keywords(d.title)))
  const n = docs.length
  const taxonomy = docs.map(
    (d) =>
      new Set([
        ...d.dramas.map((x) => `d:${x}`),
        ...d.people.map((x) => `p:${x}`),
        ...d.tags.map((x) => `t:${x}`),
      ]),
  )
  // MySQL natural-language relevance: (log(tf) + 1) * log((N - df) / df) per matched word.
  const relevance = (field: FieldStats, i: number, words: string[]) => {
    let score = 0
    for (const word of words) {
      const tf = field.tf[i]!.get(word) ?? 0
      const df = field.df.get(word) ?? 0
      if (tf > 0 && df < n) score += (Math.log(tf) + 1) * Math.log((n - df) / df)
    }
    return score
  }
  const top = (field: FieldStats, i: number) =>
    [...field.tf[i]!]
      .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
      .slice(0, 20)
      .map(([word]) => word)
  return {
    similarTo(id, limit) {
      const self = ids.indexOf(id)
      if (self < 0) return []
      const bodyWords = top(bodies, self)
      const titleWords = top(titles, self)
      const scores = docs.map((_, i) => {
        let shared = 0
        for (const key of taxonomy[self]!) if (taxonomy[i]!.has(key)) shared++
        const score = relevance(bodies, i, bodyWords) + relevance(titles, i, titleWords) + shared
        return score >= threshold ? score : 0
      })
      return rank(ids, self, scores, limit)
    },
  }
}
