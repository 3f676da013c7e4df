import { NAME_PREFIX } from './features'
import {
  DRAMA_PREFIX,
  PERSON_PREFIX,
  TAG_PREFIX,
  documentFrequency,
  inverseDocumentFrequency,
} from './stats'
import { themeSimilarity } from './themes'
import { DEFAULT_WEIGHTS } from './weights'

import type { CorpusStats, DocFeatures } from './types'
import type { ScoreWeights } from './weights'

// How well two formats suit each other as "read next" links, before looking at content: evergreen
// lists and features mix well, news briefs mostly lead to other news, recaps to recaps.
const FORMAT_AFFINITY: Record<string, number> = {
  'feature|listicle': 0.5,
  'feature|news': 0.5,
  'listicle|recap': 0.4,
  'feature|recap': 0.3,
  'listicle|news': 0.2,
  'news|recap': 0.2,
}
const DAY_MS = 86_400_000
const ENTITY_COSINE_SHARE = 0.5

/**
 * A document ready for scoring. `T` is how terms and entity keys are referenced: strings for
 * the stateless API, interned numbers inside the in-memory index. Both run the same arithmetic.
 */
export type PreparedDoc<T> = {
  /** Distinct title and body terms, title order first. */
  terms: ArrayLike<T>
  /** Body count plus `titleBoost` times title count. */
  tf: ArrayLike<number>
  /** `TERM_WORD` or `TERM_NAME` per term. */
  kind: ArrayLike<number>
  people: ArrayLike<T>
  dramas: ArrayLike<T>
  tags: ArrayLike<T>
  themes: Record<string, number>
  format: string | null
  publishedAt: number | null
}

/** Inverse document frequency of a term or entity reference. */
export type IdfLookup<T> = (ref: T) => number

/** Turns stored features into a `PreparedDoc`, mapping every key through `ref`. */
export function prepareFeatures<T>(
  features: DocFeatures,
  ref: (key: string) => T,
  titleBoost: number = DEFAULT_WEIGHTS.titleBoost,
): PreparedDoc<T> {
  const terms: T[] = []
  const tf: number[] = []
  const kind: number[] = []
  // Title terms first, body counts added to those: the title is short, so one small map suffices
  // (a map of every term cost 2.5× as much, and this runs for every scored candidate).
  const titleIndex = new Map<string, number>()
  for (const [term, count] of Object.entries(features.titleTerms)) {
    titleIndex.set(term, terms.length)
    terms.push(ref(term))
    tf.push(titleBoost * count)
    kind.push(term.startsWith(NAME_PREFIX) ? TERM_NAME : TERM_WORD)
  }
  for (const [term, count] of Object.entries(features.bodyTerms)) {
    const index = titleIndex.get(term)
    if (index !== undefined) {
      tf[index]! += count
      continue
    }
    terms.push(ref(term))
    tf.push(count)
    kind.push(term.startsWith(NAME_PREFIX) ? TERM_NAME : TERM_WORD)
  }
  return {
    terms,
    tf,
    kind,
    people: features.people.map((p) => ref(PERSON_PREFIX + p)),
    dramas: features.dramas.map((d) => ref(DRAMA_PREFIX + d)),
    tags: features.tags.map((t) => ref(TAG_PREFIX + t)),
    themes: features.themes,
    format: features.format,
    publishedAt: features.publishedAt,
  }
}

/** Per-query weights, computed once and reused against every candidate. */
export type QueryVectors<T> = {
  doc: PreparedDoc<T>
  termWeights: Map<T, number>
  topicNorm: number
  nameNorm: number
  people: EntityVector<T>
  dramas: EntityVector<T>
  tags: EntityVector<T>
}

type EntityVector<T> = { weights: Map<T, number>; norm: number }

export const TERM_WORD = 0
export const TERM_NAME = 1

/** Sublinear TF times IDF, the weight of one term in one document. */
export function termWeight(tf: number, idf: number): number {
  return (1 + Math.log(tf)) * idf
}

/** Builds the query side of the scorer. */
export function queryVectors<T>(doc: PreparedDoc<T>, idf: IdfLookup<T>): QueryVectors<T> {
  const termWeights = new Map<T, number>()
  let topic = 0
  let names = 0
  for (let i = 0; i < doc.terms.length; i++) {
    const w = termWeight(doc.tf[i]!, idf(doc.terms[i]!))
    termWeights.set(doc.terms[i]!, w)
    if (doc.kind[i] === TERM_NAME) names += w * w
    else topic += w * w
  }
  return {
    doc,
    termWeights,
    topicNorm: Math.sqrt(topic),
    nameNorm: Math.sqrt(names),
    people: entityVector(doc.people, idf),
    dramas: entityVector(doc.dramas, idf),
    tags: entityVector(doc.tags, idf),
  }
}

function entityVector<T>(refs: ArrayLike<T>, idf: IdfLookup<T>): EntityVector<T> {
  const weights = new Map<T, number>()
  let squares = 0
  for (let i = 0; i < refs.length; i++) {
    const w = idf(refs[i]!)
    weights.set(refs[i]!, w)
    squares += w * w
  }
  return { weights, norm: Math.sqrt(squares) }
}

function entityCosine<T>(query: EntityVector<T>, refs: ArrayLike<T>, idf: IdfLookup<T>): number {
  if (query.norm === 0 || refs.length === 0) return 0
  let dot = 0
  let squares = 0
  for (let i = 0; i < refs.length; i++) {
    const w = idf(refs[i]!)
    squares += w * w
    const q = query.weights.get(refs[i]!)
    if (q !== undefined) dot += q * w
  }
  if (squares === 0 || dot === 0) return 0
  // Half cosine, half overlap coefficient: a casting brief listing three co-stars still shares
  // its one lead fully with that actor's profile, but a 12-person roundup matches less.
  const cosine = dot / (query.norm * Math.sqrt(squares))
  const overlap = dot / Math.min(query.norm * query.norm, squares)
  return ENTITY_COSINE_SHARE * cosine + (1 - ENTITY_COSINE_SHARE) * overlap
}

function formatAffinity(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0.5
  if (a === b) return 1
  return FORMAT_AFFINITY[a < b ? `${a}|${b}` : `${b}|${a}`] ?? 0.25
}

/** The evidence behind one score, for debugging and "why is this similar" displays. */
export type ScoreParts = {
  topic: number
  names: number
  people: number
  dramas: number
  tags: number
  theme: number
  format: number
  agreement: number
  score: number
}

/** Similarity of `candidate` to the query, roughly in [0, 1.3]. Higher is more similar. */
export function scoreAgainst<T>(
  query: QueryVectors<T>,
  candidate: PreparedDoc<T>,
  idf: IdfLookup<T>,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): number {
  return scoreParts(query, candidate, idf, weights).score
}

/** Like `scoreAgainst`, with every component of the score. */
export function scoreParts<T>(
  query: QueryVectors<T>,
  candidate: PreparedDoc<T>,
  idf: IdfLookup<T>,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoreParts {
  let topicDot = 0
  let nameDot = 0
  let topicSquares = 0
  let nameSquares = 0
  for (let i = 0; i < candidate.terms.length; i++) {
    const w = termWeight(candidate.tf[i]!, idf(candidate.terms[i]!))
    const q = query.termWeights.get(candidate.terms[i]!)
    if (candidate.kind[i] === TERM_NAME) {
      nameSquares += w * w
      if (q !== undefined) nameDot += q * w
    } else {
      topicSquares += w * w
      if (q !== undefined) topicDot += q * w
    }
  }
  const topic = cosine(topicDot, query.topicNorm, topicSquares)
  const names = cosine(nameDot, query.nameNorm, nameSquares)
  const people = entityCosine(query.people, candidate.people, idf)
  const dramas = entityCosine(query.dramas, candidate.dramas, idf)
  const theme = themeSimilarity(query.doc.themes, candidate.themes)
  // Untagged articles are common; let the theme stand in rather than scoring them as unrelated.
  const tags =
    query.doc.tags.length > 0 && candidate.tags.length > 0
      ? entityCosine(query.tags, candidate.tags, idf)
      : theme
  const format = formatAffinity(query.doc.format, candidate.format)
  // Shared people, dramas and names are strong evidence only when the two pieces are about the
  // same kind of thing; a ratings brief and a kiss listicle of one drama share all of them.
  // An editor's sense of "the same kind of piece": themes, shared wording, tags and format.
  const kindVotes =
    weights.agreementTheme * theme +
    weights.agreementTopic * Math.min(1, topic / weights.topicSaturation) +
    weights.agreementTags * tags +
    weights.agreementFormat * (format === 1 ? 1 : 0)
  const kindTotal =
    weights.agreementTheme +
    weights.agreementTopic +
    weights.agreementTags +
    weights.agreementFormat
  const agreement = kindTotal > 0 ? Math.min(1, kindVotes / kindTotal) : 1
  const gate = weights.gateFloor + (1 - weights.gateFloor) * agreement
  const peopleGate = weights.peopleGateFloor + (1 - weights.peopleGateFloor) * agreement
  let score =
    weights.topic * topic +
    weights.theme * theme +
    weights.tags * tags +
    weights.format * format +
    weights.people * people * (1 - weights.sameDramaPeopleDiscount * dramas) * peopleGate +
    (weights.dramas * dramas + weights.names * names) * gate
  const a = query.doc.publishedAt
  const b = candidate.publishedAt
  if (a !== null && b !== null && weights.recency > 0) {
    score += weights.recency * Math.exp(-Math.abs(a - b) / (weights.recencyDays * DAY_MS))
  }
  return { topic, names, people, dramas, tags, theme, format, agreement, score }
}

function cosine(dot: number, queryNorm: number, candidateSquares: number): number {
  if (dot === 0 || queryNorm === 0 || candidateSquares === 0) return 0
  return dot / (queryNorm * Math.sqrt(candidateSquares))
}

/** IDF lookup over string keys backed by `stats`. */
export function statsIdf(stats: CorpusStats): IdfLookup<string> {
  return (key) => inverseDocumentFrequency(documentFrequency(stats, key), stats.docCount)
}

/**
 * Similarity of `b` to `a` given corpus statistics (which should include both documents).
 * Stateless: the same numbers the in-memory index computes.
 */
export function scorePair(
  a: DocFeatures,
  b: DocFeatures,
  stats: CorpusStats,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): number {
  return explainPair(a, b, stats, weights).score
}

/** `scorePair` with every component of the score, for debugging and editor-facing hints. */
export function explainPair(
  a: DocFeatures,
  b: DocFeatures,
  stats: CorpusStats,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoreParts {
  const idf = statsIdf(stats)
  const identity = (key: string) => key
  const query = queryVectors(prepareFeatures(a, identity, weights.titleBoost), idf)
  return scoreParts(query, prepareFeatures(b, identity, weights.titleBoost), idf, weights)
}
