import { randomBytes } from 'node:crypto'

import type { PayloadRequest, Where } from 'payload'

import { getOptions } from '../options'
import { relationId } from '../relationId'
import type { DocFeatures } from '../similarity'
import type { Id, StoredEntry } from './types'
import { dbId } from './types'

// Everything below goes through the database adapter (`payload.db`), not the Local API: these are
// internal documents without hooks or access, and a publish touches many of them, so skipping the
// Local API's hook, validation and read-back passes matters. Adapter methods keep it
// database-agnostic and inside the request's transaction (`req`).

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/** A new row id for array fields written through the adapter (the Local API would make one). */
export const rowId = (): string => randomBytes(12).toString('hex')

type EntryDoc = {
  id: Id
  article?: unknown
  features?: unknown
  keys?: unknown
  threshold?: unknown
}

function toEntry(doc: EntryDoc): StoredEntry {
  return {
    entryId: doc.id,
    articleId: String(relationId(doc.article)),
    features: doc.features as DocFeatures,
    keys: strings(doc.keys),
    threshold: typeof doc.threshold === 'number' ? doc.threshold : Number(doc.threshold ?? 0),
  }
}

async function findEntries(
  req: PayloadRequest,
  where: Where,
  options: { withFeatures: boolean; limit?: number },
): Promise<StoredEntry[]> {
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.similarityEntries,
    where,
    select: {
      article: true,
      keys: true,
      ...(options.withFeatures ? { features: true, threshold: true } : {}),
    },
    ...(options.limit === undefined ? { limit: 0 } : { limit: options.limit, sort: '-id' }),
    pagination: false,
    req,
  })
  return (docs as EntryDoc[]).map(toEntry)
}

/** The entries of these articles, by article id; articles without one (not live) are absent. */
export async function readEntries(
  req: PayloadRequest,
  articleIds: string[],
): Promise<Map<string, StoredEntry>> {
  if (articleIds.length === 0) return new Map()
  const where = { article: { in: articleIds.map((id) => dbId(req, id)) } }
  const entries = await findEntries(req, where, { withFeatures: true })
  return new Map(entries.map((entry) => [entry.articleId, entry]))
}

export async function readEntry(req: PayloadRequest, articleId: string) {
  return (await readEntries(req, [articleId])).get(articleId) ?? null
}

/**
 * The entries filed under any of `keys` (their keys, without features): all of them, or the
 * `limit` most recently filed.
 */
export async function findFiledUnder(
  req: PayloadRequest,
  keys: string[],
  limit?: number,
): Promise<StoredEntry[]> {
  if (keys.length === 0) return []
  const where = { 'postings.key': keys.length === 1 ? { equals: keys[0] } : { in: keys } }
  return findEntries(req, where, { withFeatures: false, limit })
}

/** Creates or replaces an article's entry, filed under `keys` (`entryId` null creates one). */
export async function writeEntry(
  req: PayloadRequest,
  entry: Omit<StoredEntry, 'entryId'> & { entryId: Id | null },
): Promise<void> {
  const collection = getOptions(req).slugs.similarityEntries
  const data = {
    article: dbId(req, entry.articleId),
    features: entry.features,
    keys: entry.keys,
    threshold: entry.threshold,
    postings: [...new Set(entry.keys)].map((key) => ({ id: rowId(), key })),
  }
  if (entry.entryId === null) {
    await req.payload.db.create({ collection, data, req, returning: false })
  } else {
    await req.payload.db.updateOne({ collection, id: entry.entryId, data, req, returning: false })
  }
}

/** Stores the score a newcomer must beat to enter the article's list. */
export async function writeThreshold(
  req: PayloadRequest,
  entryId: Id,
  threshold: number,
): Promise<void> {
  await req.payload.db.updateOne({
    collection: getOptions(req).slugs.similarityEntries,
    id: entryId,
    data: { threshold },
    req,
    returning: false,
  })
}

/** Removes an article's entry (its postings go with it). */
export async function deleteEntry(req: PayloadRequest, entry: StoredEntry): Promise<void> {
  await req.payload.db.deleteOne({
    collection: getOptions(req).slugs.similarityEntries,
    where: { id: { equals: entry.entryId } },
    req,
    returning: false,
  })
}
