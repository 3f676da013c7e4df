import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Judgements } from './metrics'
import type { SimilarityDoc } from './types'

// Labelled corpora in a compact text format (`articles.txt`), judged by one written-down editorial
// rule instead of hand-picked lists, so every article can be a query and the labels cannot drift
// toward what the engine happens to return.

/** What an article is about, as an editor would file it; the judge reads only this. */
export type ArticleLabel = {
  id: string
  topic: string
  dramas: string[]
  people: string[]
  /** The drama whose title this article merely shares a word with (a word-only distractor). */
  lure: string | null
}

export type LabelledQuery = {
  query: string
  relevant: Judgements
  /** Articles sharing only a word of the query drama's title. */
  wordOnly: string[]
  /** Same-drama articles of an unrelated kind (a ratings brief for a romance list). */
  sameDramaOtherKind: string[]
}

export type LabelledSet = { docs: SimilarityDoc[]; labels: Map<string, ArticleLabel> }

// Kinds of piece that make a fine "read next" for each other when they share a drama or a person.
const RELATED_TOPICS = new Set([
  'recap|review',
  'review|romance',
  'recap|romance',
  'casting|profile',
  'awards|profile',
  'awards|ratings',
])

const related = (a: string, b: string) => RELATED_TOPICS.has(a < b ? `${a}|${b}` : `${b}|${a}`)
const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x))

/**
 * The editorial rule: 2 = same kind of piece and the same drama or a shared person; 1 = same
 * kind about something else, or a related kind (review and recap, casting and profile...) sharing
 * a drama or person; 0 otherwise, and always 0 for an article that only borrows a title's word.
 */
export function judge(query: ArticleLabel, candidate: ArticleLabel): number {
  if (candidate.lure !== null || query.id === candidate.id || query.topic === 'other') return 0
  const linked = shares(query.dramas, candidate.dramas) || shares(query.people, candidate.people)
  if (query.topic === candidate.topic) return linked ? 2 : 1
  return linked && related(query.topic, candidate.topic) ? 1 : 0
}

/** Judgements and distractors of one query over every labelled article. */
export function judgeQuery(query: ArticleLabel, all: Iterable<ArticleLabel>): LabelledQuery {
  const relevant: Judgements = {}
  const wordOnly: string[] = []
  const sameDramaOtherKind: string[] = []
  for (const candidate of all) {
    if (candidate.id === query.id) continue
    const grade = judge(query, candidate)
    if (grade > 0) relevant[candidate.id] = grade
    else if (candidate.lure !== null && query.dramas.includes(candidate.lure))
      wordOnly.push(candidate.id)
    else if (shares(query.dramas, candidate.dramas)) sameDramaOtherKind.push(candidate.id)
  }
  return { query: query.id, relevant, wordOnly, sameDramaOtherKind }
}

const list = (field: string | undefined) =>
  (field ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)

/**
 * Parses `articles.txt`: blocks of `@id|format|topic|dramas|people|tags|date|lure|flags`, a title
 * line and body lines. The flag `norel` hides dramas and people from the engine (the labels keep
 * them), as when an editor left the relations empty.
 */
export function parseLabelled(text: string): LabelledSet {
  const docs: SimilarityDoc[] = []
  const labels = new Map<string, ArticleLabel>()
  const blocks = text
    .split(/\n(?=@)/)
    .map((block) => block.trim())
    .filter((block) => block.startsWith('@'))
  for (const block of blocks) {
    const [header, title = '', ...body] = block.split('\n')
    const [id, format, topic, dramas, people, tags, date, lure, flags] = header!.slice(1).split('|')
    if (!id || !topic) throw new Error(`Bad header: ${header}`)
    if (labels.has(id)) throw new Error(`Duplicate article id: ${id}`)
    const hidden = list(flags).includes('norel')
    labels.set(id, {
      id,
      topic,
      dramas: list(dramas),
      people: list(people),
      lure: lure?.trim() || null,
    })
    docs.push({
      id,
      title: title.trim(),
      body: body.join('\n').trim(),
      format: format || undefined,
      dramas: hidden ? [] : list(dramas),
      people: hidden ? [] : list(people),
      tags: list(tags),
      publishedAt: date ? `${date}T09:00:00Z` : undefined,
    })
  }
  return { docs, labels }
}

/** Loads `articles.txt` files from `dir` (and its `articles/` folder, if any). */
export function loadLabelled(files: string[]): LabelledSet {
  const docs: SimilarityDoc[] = []
  const labels = new Map<string, ArticleLabel>()
  for (const file of files) {
    const set = parseLabelled(readFileSync(file, 'utf8'))
    docs.push(...set.docs)
    for (const [id, label] of set.labels) {
      if (labels.has(id)) throw new Error(`Duplicate article id: ${id} in ${file}`)
      labels.set(id, label)
    }
  }
  return { docs, labels }
}

/** `dir/name` for each name, a small helper for fixture folders. */
export const inDir = (dir: string, ...names: string[]) => names.map((name) => join(dir, name))
