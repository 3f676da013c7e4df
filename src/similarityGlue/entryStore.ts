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
  withKeys: boolean,
): Promise<StoredEntry[]> {
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.similarityEntries,
    where,
    // Keys are a row each in a joined table: only refiling an article needs its own.
    select: { article: true, features: true, threshold: true, ...(withKeys ? { keys: true } : {}) },
    limit: 0,
    pagination: false,
    req,
  })
  return (docs as EntryDoc[]).map(toEntry)
}

/**
 * The entries of these articles, by article id; articles without one (not live) are absent.
 * `withKeys: false` leaves their filing keys out (`keys` is empty): ranking needs only features.
 */
export async function readEntries(
  req: PayloadRequest,
  articleIds: string[],
  { withKeys = true }: { withKeys?: boolean } = {},
): Promise<Map<string, StoredEntry>> {
  if (articleIds.length === 0) return new Map()
  const where = { article: { in: articleIds.map((id) => dbId(req, id)) } }
  const entries = await findEntries(req, where, withKeys)
  return new Map(entries.map((entry) => [entry.articleId, entry]))
}

export async function readEntry(req: PayloadRequest, articleId: string) {
  return (await readEntries(req, [articleId])).get(articleId) ?? null
}

/**
 * The articles whose list names `articleId`, or once did (a superset): entries listing it, and the
 * lists it entered when published (its own entry's `listedBy`).
 */
export async function findListing(req: PayloadRequest, articleId: string): Promise<string[]> {
  const id = dbId(req, articleId)
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.similarityEntries,
    where: { or: [{ listed: { equals: id } }, { article: { equals: id } }] },
    select: { article: true, listedBy: true },
    limit: 0,
    pagination: false,
    req,
  })
  const ids = new Set<string>()
  for (const doc of docs as Array<{ article?: unknown; listedBy?: unknown[] }>) {
    const owner = String(relationId(doc.article))
    if (owner !== articleId) ids.add(owner)
    else for (const holder of doc.listedBy ?? []) ids.add(String(relationId(holder)))
  }
  ids.delete(articleId)
  return [...ids]
}

/** An article found in the inverted index, with all the keys it is filed under. */
export type Filed = { articleId: string; keys: string[] }

/** The articles filed under any of `keys`: all of them, or the `limit` most recently filed. */
export async function findFiledUnder(
  req: PayloadRequest,
  keys: string[],
  limit?: number,
): Promise<Filed[]> {
  if (keys.length === 0) return []
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.similarityPostings,
    where: { 'postings.key': keys.length === 1 ? { equals: keys[0] } : { in: keys } },
    select: { article: true, keys: true },
    ...(limit === undefined ? { limit: 0 } : { limit, sort: '-id' }),
    pagination: false,
    req,
  })
  return (docs as Array<{ article?: unknown; keys?: unknown }>).map((doc) => ({
    articleId: String(relationId(doc.article)),
    keys: strings(doc.keys),
  }))
}

/**
 * What `writeEntry` stores: the entry (`entryId` null creates one), the ids its list names and
 * the lists it entered.
 */
export type EntryWrite = Omit<StoredEntry, 'entryId'> & {
  entryId: Id | null
  listed: string[]
  listedBy: string[]
}

/**
 * Creates or replaces an article's entry, and files it under its keys (again only when they
 * differ from `previousKeys`; null for an article not filed yet).
 */
export async function writeEntry(
  req: PayloadRequest,
  entry: EntryWrite,
  previousKeys: string[] | null,
): Promise<void> {
  const { slugs } = getOptions(req)
  const article = dbId(req, entry.articleId)
  const data = {
    article,
    features: entry.features,
    keys: entry.keys,
    threshold: entry.threshold,
    listed: entry.listed.map((id) => dbId(req, id)),
    listedBy: entry.listedBy.map((id) => dbId(req, id)),
  }
  const { db } = req.payload
  const collection = slugs.similarityEntries
  if (entry.entryId === null) {
    await db.create({ collection, data, req, returning: false })
  } else {
    await db.updateOne({ collection, id: entry.entryId, data, req, returning: false })
  }
  if (previousKeys && previousKeys.join('\n') === entry.keys.join('\n')) return
  if (previousKeys) await deletePostings(req, entry.articleId)
  const postings = [...new Set(entry.keys)].map((key) => ({ id: rowId(), key }))
  await db.create({
    collection: slugs.similarityPostings,
    data: { article, keys: entry.keys, postings },
    req,
    returning: false,
  })
}

/** Stores the score a newcomer must beat to enter the article's list, and the ids it names. */
export async function writeListing(
  req: PayloadRequest,
  entryId: Id,
  listing: { threshold: number; listed?: string[] },
): Promise<void> {
  const collection = getOptions(req).slugs.similarityEntries
  const { db } = req.payload
  // Two writes: with a hasMany field in it, the adapters' partial update becomes an upsert of
  // the whole row, which a row without its required columns fails.
  const threshold = listing.threshold
  await db.updateOne({ collection, id: entryId, data: { threshold }, req, returning: false })
  if (!listing.listed) return
  const listed = listing.listed.map((id) => dbId(req, id))
  await db.updateOne({ collection, id: entryId, data: { listed }, req, returning: false })
}

async function deletePostings(req: PayloadRequest, articleId: string): Promise<void> {
  await req.payload.db.deleteMany({
    collection: getOptions(req).slugs.similarityPostings,
    where: { article: { equals: dbId(req, articleId) } },
    req,
  })
}

/** Removes an article's entry and its postings. */
export async function deleteEntry(
  req: PayloadRequest,
  entry: Pick<StoredEntry, 'articleId' | 'entryId'>,
): Promise<void> {
  await deletePostings(req, entry.articleId)
  await req.payload.db.deleteOne({
    collection: getOptions(req).slugs.similarityEntries,
    where: { id: { equals: entry.entryId } },
    req,
    returning: false,
  })
}

/**
 * The entries a deleted article may have left: one still naming it (an adapter without foreign
 * keys), or one the delete's foreign key set to null (the peer job filed the article while the
 * delete ran). With their features, to count out, and the lists they entered.
 */
export async function findLeftEntries(
  req: PayloadRequest,
  articleId: string,
): Promise<Array<{ entryId: Id; features: DocFeatures; listedBy: string[] }>> {
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.similarityEntries,
    where: leftBy(req, articleId),
    select: { features: true, listedBy: true },
    limit: 0,
    pagination: false,
    req,
  })
  return (docs as Array<EntryDoc & { listedBy?: unknown[] }>).map((doc) => ({
    entryId: doc.id,
    features: doc.features as DocFeatures,
    listedBy: (doc.listedBy ?? []).map((holder) => String(relationId(holder))),
  }))
}

/** Removes those entries and the postings left with them. */
export async function deleteLeftEntries(
  req: PayloadRequest,
  articleId: string,
  entryIds: Id[],
): Promise<void> {
  const { db } = req.payload
  const { slugs } = getOptions(req)
  await db.deleteMany({ collection: slugs.similarityPostings, where: leftBy(req, articleId), req })
  await db.deleteMany({
    collection: slugs.similarityEntries,
    where: { id: { in: entryIds } },
    req,
  })
}

const leftBy = (req: PayloadRequest, articleId: string): Where => ({
  or: [{ article: { equals: dbId(req, articleId) } }, { article: { exists: false } }],
})
