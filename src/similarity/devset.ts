import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { judgeQuery, loadLabelled } from './judge'
import { averagePrecisionAtK, mean, ndcgAtK } from './metrics'

import type { EntityCatalogue } from './catalogue'
import type { ArticleLabel, LabelledQuery, LabelledSet } from './judge'
import type { Judgements } from './metrics'
import type { ScoredId, SimilarityDoc } from './types'

export type DevQuery = { query: string; relevant: Judgements; distractors: string[]; note?: string }
export type DevSet = { docs: SimilarityDoc[]; queries: DevQuery[] }
export type QueryResult = { query: string; ndcg: number; ap: number; ranked: string[] }
export type EvalResult = { ndcg: number; map: number; perQuery: QueryResult[] }

/** Default location of the development set: `test/fixtures/similar` in this repository. */
export const DEV_SET_DIR = fileURLToPath(new URL('../../test/fixtures/similar', import.meta.url))

/** Loads `articles/*.json` (arrays of articles) and `queries.json` from `dir`. */
export function loadDevSet(dir: string = DEV_SET_DIR): DevSet {
  const articleDir = join(dir, 'articles')
  const docs = readdirSync(articleDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(join(articleDir, file), 'utf8')) as SimilarityDoc[])
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as DevQuery[]
  return { docs, queries }
}

/**
 * Held-out split, decided by a hash of the query id so it never depends on results: roughly a
 * third of the queries, never used when tuning weights.
 */
export function isHeldOut(queryId: string): boolean {
  let hash = 0x811c9dc5
  for (let i = 0; i < queryId.length; i++) {
    hash ^= queryId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 3 === 0
}

/** nDCG@k and MAP@k of `search` over `queries`. */
export function evaluate(
  search: (id: string, limit: number) => ScoredId[],
  queries: readonly DevQuery[],
  k = 5,
): EvalResult {
  const perQuery = queries.map((q) => {
    const ranked = search(q.query, k).map((r) => r.id)
    return {
      query: q.query,
      ranked,
      ndcg: ndcgAtK(ranked, q.relevant, k),
      ap: averagePrecisionAtK(ranked, q.relevant, k),
    }
  })
  return {
    ndcg: mean(perQuery.map((r) => r.ndcg)),
    map: mean(perQuery.map((r) => r.ap)),
    perQuery,
  }
}

/** A rule-judged query with its cross-validation group and distractors. */
export type JudgedQuery = LabelledQuery & { group: string }

/**
 * The labelled development set: the legacy articles (topics from `legacy-topics.txt`, dramas and
 * people from the articles) plus `labelled/*.txt`; every article that has at least two judged
 * matches is a query, judged by `judge`. Queries are grouped by their first drama (else topic).
 */
export function loadLabelledDevSet(dir: string = DEV_SET_DIR): LabelledSet & {
  queries: JudgedQuery[]
} {
  const legacy = loadDevSet(dir).docs
  const topics = new Map(
    readFileSync(join(dir, 'legacy-topics.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('|') as [string, string]),
  )
  const labelledDir = join(dir, 'labelled')
  const set = loadLabelled(
    readdirSync(labelledDir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => join(labelledDir, file)),
  )
  for (const doc of legacy) {
    const topic = topics.get(doc.id)
    if (!topic) throw new Error(`No topic for legacy article ${doc.id}`)
    set.labels.set(doc.id, {
      id: doc.id,
      topic,
      dramas: doc.dramas,
      people: doc.people,
      lure: null,
    })
  }
  return { docs: [...legacy, ...set.docs], labels: set.labels, queries: judgeAll(set.labels) }
}

/** Judges every non-lure article with at least two judged matches as a query. */
export function judgeAll(labels: Map<string, ArticleLabel>): JudgedQuery[] {
  return [...labels.values()]
    .filter((label) => label.lure === null)
    .map((label) => ({
      ...judgeQuery(label, labels.values()),
      group: label.dramas[0] ?? label.people[0] ?? label.topic,
    }))
    .filter((q) => Object.keys(q.relevant).length >= 2)
}

/** Default location of the frozen test split (`test/fixtures/similar-test`). */
export const TEST_SET_DIR = fileURLToPath(
  new URL('../../test/fixtures/similar-test', import.meta.url),
)

/** The frozen test split: its articles and its frozen, already judged queries. */
export function loadTestSet(dir: string = TEST_SET_DIR): LabelledSet & {
  queries: LabelledQuery[]
} {
  const set = loadLabelled([join(dir, 'articles.txt')])
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as LabelledQuery[]
  return { ...set, queries }
}

/** The fixture folder's `catalogue.json` (dramas with aliases, characters and cast). */
export function loadCatalogue(dir: string = DEV_SET_DIR): EntityCatalogue {
  return JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')) as EntityCatalogue
}
