import type { PayloadRequest } from 'payload'

import type { DocFeatures } from '../similarity'

export type Id = number | string

/** One neighbour in a computed list: an article id (as a string) and the engine's score. */
export type Neighbour = { id: string; score: number }

/** An article's entry in `similarity-entries`, as the glue reads it. */
export type StoredEntry = {
  /** The entry document's own id. */
  entryId: Id
  articleId: string
  features: DocFeatures
  /** The keys it is filed under (`filingKeys`). */
  keys: string[]
  /** What a newcomer's score must beat to enter its list (may be lower than the actual bar). */
  threshold: number
}

/** A row of the article's `similarArticles` field. */
export type VisibleRow = { id: string; score: number; isPinned: boolean }

/** Tuning of the database-backed candidate lookup (the engine's own defaults are in memory). */
// Reading a row through the adapter costs some 30 µs whatever its size, so these bound the rows a
// publish reads (about 800 at most) rather than the work of the engine.
export const LOOKUP = {
  /** Posting rows read in one query for the rarest keys (planned from document frequencies). */
  postingsBudget: 400,
  /** Keys too common for that budget: the rarest this many, read together up to `commonRows`. */
  maxCommonKeys: 4,
  commonRows: 200,
  /** Candidates (those sharing the heaviest keys) whose features are loaded and scored. */
  maxScored: 150,
} as const

/** The article's id as the database stores it (numbers on SQL adapters). */
export function dbId(req: Pick<PayloadRequest, 'payload'>, id: Id): Id {
  return req.payload.db.defaultIDType === 'number' && /^\d+$/.test(String(id)) ? Number(id) : id
}

/** Scores are stored with four decimals: enough to order, and stable when compared. */
export const roundScore = (score: number): number => Math.round(score * 10_000) / 10_000
