import { noteContentChange } from '../delivery/contentSignal'
import type { PayloadRequest, Where } from 'payload'

import { getOptions } from '../options'
import { relationId } from '../relationId'
import type { CorpusStats, DocFeatures } from '../similarity'
import { scorePair } from '../similarity'
import { noteChangedList } from './changedLists'
import type { Neighbour, StoredEntry, VisibleRow } from './types'
import { dbId, roundScore } from './types'

/** The editor's choices that shape an article's list. */
export type Picks = { pins: string[]; excluded: string[] }

/**
 * An article's visible list: its live pins first (in the editor's order, with their scores), then
 * the best of `neighbours` that are neither pinned nor excluded, up to `size` rows in all (pins are
 * always shown, even beyond it). A pin is live when it has an index entry (in `pinEntries`).
 */
export function visibleRows(
  owner: Picks & { articleId: string; features: DocFeatures },
  neighbours: Neighbour[],
  size: number,
  pinEntries: Map<string, StoredEntry>,
  stats: CorpusStats,
): VisibleRow[] {
  const computed = new Map(neighbours.map((neighbour) => [neighbour.id, neighbour.score]))
  const rows: VisibleRow[] = []
  for (const pin of new Set(owner.pins)) {
    const entry = pinEntries.get(pin)
    if (!entry || pin === owner.articleId) continue
    const score = computed.get(pin) ?? roundScore(scorePair(owner.features, entry.features, stats))
    rows.push({ id: pin, score, isPinned: true })
  }
  const skip = new Set([...owner.pins, ...owner.excluded, owner.articleId])
  for (const neighbour of neighbours) {
    if (rows.length >= size) break
    if (!skip.has(neighbour.id)) rows.push({ ...neighbour, isPinned: false })
  }
  return rows
}

/** A live article's list as stored, with the editor's choices. */
export type ListHolder = Picks & { articleId: string; rows: VisibleRow[]; updatedAt?: string }

type Row = { article?: unknown; score?: number | null; isPinned?: boolean | null }
type HolderDoc = {
  id: unknown
  updatedAt?: string
  similarArticles?: Row[] | null
  pinnedSimilar?: unknown[] | null
  excludedSimilar?: unknown[] | null
}

/** Article ids of a relationship value, as strings. */
export const idsOf = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map(relationId).flatMap((id) => (id === null ? [] : [String(id)]))

/** Rows of a stored `similarArticles` value. */
export const rowsOf = (rows: Row[] | null | undefined): VisibleRow[] =>
  (rows ?? []).map((row) => ({
    id: String(relationId(row.article)),
    score: row.score ?? 0,
    isPinned: row.isPinned === true,
  }))

/** The lists of the live articles matching `where`, read from their main documents. */
export async function readListHolders(req: PayloadRequest, where: Where): Promise<ListHolder[]> {
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.articles,
    where: { and: [where, { _status: { equals: 'published' } }] },
    select: { similarArticles: true, pinnedSimilar: true, excludedSimilar: true, updatedAt: true },
    limit: 0,
    pagination: false,
    req,
  })
  return (docs as HolderDoc[]).map((doc) => ({
    articleId: String(doc.id),
    rows: rowsOf(doc.similarArticles),
    pins: idsOf(doc.pinnedSimilar),
    excluded: idsOf(doc.excludedSimilar),
    updatedAt: doc.updatedAt,
  }))
}

const byScore = (a: VisibleRow, b: VisibleRow) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * `holder`'s rows with `neighbour` placed by its score among the computed (unpinned) rows, or
 * rescored there; null when that changes nothing (it ranks too low, or is pinned or excluded).
 */
export function withNeighbour(
  holder: ListHolder,
  neighbour: Neighbour,
  size: number,
): VisibleRow[] | null {
  if (holder.articleId === neighbour.id || holder.excluded.includes(neighbour.id)) return null
  if (holder.pins.includes(neighbour.id)) return null
  const pinned = holder.rows.filter((row) => row.isPinned)
  const computed = holder.rows.filter((row) => !row.isPinned && row.id !== neighbour.id)
  const slots = Math.max(0, size - pinned.length)
  const next = [...computed, { ...neighbour, isPinned: false }].sort(byScore).slice(0, slots)
  const rows = [...pinned, ...next]
  return sameRows(rows, holder.rows) ? null : rows
}

/**
 * The score a newcomer must beat to enter a list of `rows`: the last computed row's once the
 * computed rows fill what the pins leave of `size`, else 0 (there is room).
 */
export function thresholdOf(rows: VisibleRow[], size: number): number {
  const pinned = rows.filter((row) => row.isPinned).length
  const computed = rows.filter((row) => !row.isPinned)
  const slots = size - pinned
  if (slots <= 0) return Number.MAX_SAFE_INTEGER
  return computed.length >= slots ? computed[slots - 1]!.score : 0
}

/** Whether two visible lists show the same articles with the same scores and pins. */
export const sameRows = (a: VisibleRow[], b: VisibleRow[]): boolean =>
  a.length === b.length &&
  a.every((row, i) => {
    const other = b[i]!
    return row.id === other.id && row.score === other.score && row.isPinned === other.isPinned
  })

/** The `similarArticles` value to store for `rows` (ids as the database has them). */
export function toStoredRows(req: PayloadRequest, rows: VisibleRow[]) {
  return rows.map((row) => ({
    article: dbId(req, row.id),
    score: row.score,
    isPinned: row.isPinned,
  }))
}

/**
 * Writes a visible list onto a live article through the database adapter: the Local API would
 * re-run every article hook and add a version for what is derived data. (The article being
 * published gets its list within its own save instead, version included.)
 */
export async function writeVisibleRows(
  req: PayloadRequest,
  articleId: string,
  rows: VisibleRow[],
  updatedAt?: string,
): Promise<void> {
  // Only a main-table column: relational adapters update it alone. (A write that names an array
  // or relationship field makes them rewrite every array table of the row.) Derived data: the
  // article keeps its `updatedAt` when it is known.
  await req.payload.db.updateOne({
    collection: getOptions(req).slugs.articles,
    id: dbId(req, articleId),
    data: { similarArticles: toStoredRows(req, rows), ...(updatedAt ? { updatedAt } : {}) },
    req,
    returning: false,
  })
  noteChangedList(req, articleId)
  // A write below Payload's hooks: tell the response cache itself (again once it commits).
  const transactionID =
    req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  noteContentChange(transactionID)
}
