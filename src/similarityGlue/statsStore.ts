import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { getOptions } from '../options'
import type { CorpusStats, DocFeatures } from '../similarity'
import { addToStats, removeFromStats, statKeys } from '../similarity'

// Document frequencies of a large archive are megabytes (140k terms at 100k articles), so a publish
// does not rewrite them: it appends its own change (the keys of the article it adds or removes) as
// a small row, and every COMPACT_EVERY changes one publish folds them into the snapshot.
//
// Rows of `similarity-stats`: `head` (document count, revision token swapped by compare-and-set,
// and `seq`, the number of the last change), `df` (the snapshot, as of its `seq`) and one
// `change-<seq>` row per change since.

/**
 * The statistics, the revision token they were stored under (null: never stored), the number of
 * their last change and of the last change folded into the stored snapshot.
 */
export type StatsSnapshot = {
  revision: string | null
  seq: number
  snapshotSeq: number
  stats: CorpusStats
}

/** One document counted in or out. */
export type StatsChange = { add?: DocFeatures; remove?: DocFeatures }

const cache = new WeakMap<Payload, StatsSnapshot>()

const HEAD = 'head'
const DF = 'df'
const MAX_ATTEMPTS = 5
export const COMPACT_EVERY = 200

type Row = { name?: string; revision?: string | null; seq?: number | null; docCount?: number }
type DfRow = Row & { df?: Record<string, number> | null }

const collectionOf = (req: PayloadRequest) => getOptions(req).slugs.similarityStats

async function readRow(req: PayloadRequest, name: string, select: Record<string, true>) {
  return (await req.payload.db.findOne({
    collection: collectionOf(req),
    where: { name: { equals: name } },
    select,
    req,
  })) as DfRow | null
}

/** The per-key counts of a change: +1 for the keys of `add`, -1 for those of `remove`. */
function changeCounts(change: StatsChange): Record<string, number> {
  // A plain object, as the adapters write it (a term spelt "__proto__" loses its count: harmless).
  const counts: Record<string, number> = {}
  for (const key of change.add ? statKeys(change.add) : []) counts[key] = 1
  for (const key of change.remove ? statKeys(change.remove) : []) {
    counts[key] = (counts[key] ?? 0) - 1
    if (counts[key] === 0) delete counts[key]
  }
  return counts
}

function applyCounts(stats: CorpusStats, counts: Record<string, number>): void {
  for (const [key, delta] of Object.entries(counts)) {
    const next = (Object.hasOwn(stats.df, key) ? stats.df[key]! : 0) + delta
    if (next > 0) stats.df[key] = next
    else delete stats.df[key]
  }
}

/**
 * The stored changes after `from.seq` up to `toSeq`, in order; null when some are missing, or
 * when `from.revision` is given and the change numbered `from.seq` is not the one that produced
 * it (a copy made from a change that was rolled back is not built on).
 */
async function readChanges(
  req: PayloadRequest,
  from: { seq: number; revision?: string | null },
  toSeq: number,
) {
  if (toSeq <= from.seq) return []
  const checkFrom = typeof from.revision === 'string'
  const { docs } = await req.payload.db.find({
    collection: collectionOf(req),
    where: {
      and: [
        { name: { not_in: [HEAD, DF] } },
        { seq: checkFrom ? { greater_than_equal: from.seq } : { greater_than: from.seq } },
        { seq: { less_than_equal: toSeq } },
      ],
    },
    select: { seq: true, revision: true, df: true },
    sort: 'seq',
    limit: 0,
    pagination: false,
    req,
  })
  const changes = docs as DfRow[]
  if (checkFrom && changes.shift()?.revision !== from.revision) return null
  return changes.length === toSeq - from.seq ? changes.map((change) => change.df ?? {}) : null
}

/**
 * Reads the statistics: the small head row, then only what this process has not seen (the
 * changes since its copy, or the snapshot and its changes). The result may be shared: change only
 * what `claimStats` returns.
 */
export async function loadStats(req: PayloadRequest): Promise<StatsSnapshot> {
  const head = await readRow(req, HEAD, { revision: true, docCount: true, seq: true })
  const revision = typeof head?.revision === 'string' ? head.revision : null
  if (revision === null) {
    return { revision: null, seq: 0, snapshotSeq: 0, stats: { docCount: 0, df: {} } }
  }
  const seq = Number(head?.seq ?? 0)
  const docCount = Number(head?.docCount ?? 0)
  const cached = cache.get(req.payload)
  if (cached?.revision === revision) return cached
  if (cached && cached.seq < seq) {
    const changes = await readChanges(req, cached, seq)
    if (changes) {
      // In place, without awaiting in between, as a publish in this process changes it.
      for (const counts of changes) applyCounts(cached.stats, counts)
      const next = { ...cached, revision, seq, stats: { docCount, df: cached.stats.df } }
      cache.set(req.payload, next)
      return next
    }
  }
  const loaded = await readStored(req, { revision, seq, docCount })
  if (loaded.isComplete) cache.set(req.payload, loaded.snapshot)
  return loaded.snapshot
}

async function readStored(
  req: PayloadRequest,
  head: { revision: string; seq: number; docCount: number },
): Promise<{ snapshot: StatsSnapshot; isComplete: boolean }> {
  const { revision, seq, docCount } = head
  const row = await readRow(req, DF, { df: true, seq: true })
  const snapshotSeq = Number(row?.seq ?? 0)
  const stats = { docCount, df: { ...(row?.df ?? {}) } }
  const changes = await readChanges(req, { seq: snapshotSeq }, seq)
  for (const counts of changes ?? []) applyCounts(stats, counts)
  if (changes) return { snapshot: { revision, seq, snapshotSeq, stats }, isComplete: true }
  // A change another request has counted but not yet written: good enough to rank with, not
  // cached, and never folded into a snapshot (as if one had just been taken).
  return { snapshot: { revision, seq, snapshotSeq: seq, stats }, isComplete: false }
}

/** The statistics as stored (the snapshot and its changes), bypassing this process's copy. */
export async function readStoredStats(req: PayloadRequest): Promise<CorpusStats> {
  const head = await readRow(req, HEAD, { revision: true, docCount: true, seq: true })
  if (typeof head?.revision !== 'string') return { docCount: 0, df: {} }
  const { revision, seq, docCount } = head
  const stored = await readStored(req, { revision, seq: Number(seq ?? 0), docCount: docCount ?? 0 })
  return stored.snapshot.stats
}

/**
 * The statistics of `snapshot`, for the caller to change: the cached object itself when it is
 * the cached one (taken out of the cache, so nobody reads it half-changed), else a copy.
 */
export function claimStats(payload: Payload, snapshot: StatsSnapshot): CorpusStats {
  if (cache.get(payload) === snapshot) {
    cache.delete(payload)
    return snapshot.stats
  }
  return { docCount: snapshot.stats.docCount, df: { ...snapshot.stats.df } }
}

/**
 * Stores `change`, which turned the statistics of `base` into `stats`, if the stored revision is
 * still the base's: the head row is swapped atomically (under PostgreSQL a concurrent writer waits
 * on its row lock, then finds the revision changed), then the change is appended. False when
 * another request got there first.
 */
export async function storeStats(
  req: PayloadRequest,
  base: StatsSnapshot,
  stats: CorpusStats,
  change: StatsChange,
): Promise<boolean> {
  const collection = collectionOf(req)
  const { db } = req.payload
  const revision = randomUUID()
  const seq = base.seq + 1
  const head = { name: HEAD, revision, docCount: stats.docCount, seq }
  if (base.revision === null) {
    // The first change ever creates the head (a concurrent one fails on the unique name).
    await db.create({ collection, data: { name: DF, df: {}, seq: 0 }, req, returning: false })
    await db.create({ collection, data: head, req, returning: false })
  } else {
    const swapped = await db.updateOne({
      collection,
      where: { and: [{ name: { equals: HEAD } }, { revision: { equals: base.revision } }] },
      data: { revision, docCount: stats.docCount, seq },
      options: { atomic: true },
      req,
    })
    if (!swapped) return false
  }
  const data = { name: `change-${seq}`, seq, revision, df: changeCounts(change) }
  await db.create({ collection, data, req, returning: false })
  const next = { revision, seq, snapshotSeq: base.snapshotSeq, stats }
  if (seq - next.snapshotSeq >= COMPACT_EVERY) await compact(req, next)
  cache.set(req.payload, next)
  return true
}

/** Folds the changes up to `state.seq` into the snapshot and drops them. */
async function compact(req: PayloadRequest, state: StatsSnapshot) {
  const collection = collectionOf(req)
  const data = { df: state.stats.df, seq: state.seq }
  await req.payload.db.updateOne({
    collection,
    where: { name: { equals: DF } },
    data,
    req,
    returning: false,
  })
  await req.payload.db.deleteMany({
    collection,
    where: { and: [{ name: { not_in: [HEAD, DF] } }, { seq: { less_than_equal: state.seq } }] },
    req,
  })
  state.snapshotSeq = state.seq
}

/**
 * Counts `change` into the statistics and stores it; when another request changed them meanwhile,
 * they are reloaded and the change applied again, so no update is lost.
 */
export async function updateStats(req: PayloadRequest, change: StatsChange): Promise<CorpusStats> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const snapshot = await loadStats(req)
    const stats = claimStats(req.payload, snapshot)
    applyChange(stats, change)
    if (await storeStats(req, snapshot, stats, change)) return stats
  }
  throw new Error('similarity statistics: too many concurrent changes, giving up')
}

/** Counts `change` into `stats` (mutates it). */
export function applyChange(stats: CorpusStats, change: StatsChange): void {
  if (change.remove) removeFromStats(stats, change.remove)
  if (change.add) addToStats(stats, change.add)
}

/** Replaces the statistics outright (the rebuild): a new snapshot, no changes after it. */
export async function replaceStats(req: PayloadRequest, stats: CorpusStats): Promise<void> {
  const base = await loadStats(req)
  if (!(await storeStats(req, base, { docCount: stats.docCount, df: {} }, {}))) {
    throw new Error('similarity statistics changed during the rebuild; run it again')
  }
  const seq = base.seq + 1
  await compact(req, {
    revision: null,
    seq,
    snapshotSeq: 0,
    // A plain copy: the engine's statistics have no prototype, which the adapters cannot write.
    stats: { docCount: stats.docCount, df: { ...stats.df } },
  })
  cache.delete(req.payload)
}
