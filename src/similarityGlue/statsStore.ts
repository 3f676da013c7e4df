import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { getOptions } from '../options'
import type { CorpusStats } from '../similarity'

/** The corpus statistics and the revision token they were stored under (null: never stored). */
export type StatsSnapshot = { revision: string | null; stats: CorpusStats }

// Parsed statistics per Payload instance, valid while the stored revision token matches. Tests
// build many instances, hence a WeakMap rather than module state.
const cache = new WeakMap<Payload, StatsSnapshot>()

const HEAD = 'head'
const DF = 'df'
const MAX_ATTEMPTS = 5

async function readRow(req: PayloadRequest, name: string, select: Record<string, true>) {
  return (await req.payload.db.findOne({
    collection: getOptions(req).slugs.similarityStats,
    where: { name: { equals: name } },
    select,
    req,
  })) as Record<string, unknown> | null
}

// Plain objects throughout (the engine's `createStats` has none): the adapter writes them as they
// are. A term spelt "__proto__" would lose its count there, which is harmless.
const copyOf = (stats: CorpusStats): CorpusStats => ({
  docCount: stats.docCount,
  df: { ...stats.df },
})

/**
 * Reads the statistics: one small query for the revision, and the frequencies themselves only when
 * this process has no copy of that revision (another process changed them, or a transaction that
 * changed them was rolled back). The result may be shared: change only what `claimStats` returns.
 */
export async function loadStats(req: PayloadRequest): Promise<StatsSnapshot> {
  const head = await readRow(req, HEAD, { revision: true, docCount: true })
  const revision = typeof head?.revision === 'string' ? head.revision : null
  if (revision === null) return { revision: null, stats: { docCount: 0, df: {} } }
  const cached = cache.get(req.payload)
  if (cached?.revision === revision) return cached
  const row = await readRow(req, DF, { df: true })
  const df = (row?.df && typeof row.df === 'object' ? row.df : {}) as Record<string, number>
  const loaded = { revision, stats: { docCount: Number(head?.docCount ?? 0), df } }
  cache.set(req.payload, loaded)
  return loaded
}

/**
 * The statistics of `snapshot`, for the caller to change: the cached object itself when it is
 * the cached one (taken out of the cache, so nobody reads it half-changed; copying a large
 * vocabulary on every publish would cost more than the rare reload), else a copy.
 */
export function claimStats(payload: Payload, snapshot: StatsSnapshot): CorpusStats {
  if (cache.get(payload) === snapshot) {
    cache.delete(payload)
    return snapshot.stats
  }
  return copyOf(snapshot.stats)
}

/**
 * Stores `stats` if the stored revision is still `revision`: only the small head row is swapped
 * atomically (under PostgreSQL a concurrent writer waits on its row lock, then finds the revision
 * changed), then the frequencies are written. False when another request got there first.
 */
export async function storeStats(
  req: PayloadRequest,
  revision: string | null,
  stats: CorpusStats,
): Promise<boolean> {
  const collection = getOptions(req).slugs.similarityStats
  const next = randomUUID()
  const { db } = req.payload
  if (revision === null) {
    // The first publish ever creates both rows (a concurrent one fails on the unique name).
    await db.create({ collection, data: { name: DF, df: stats.df }, req, returning: false })
    const head = { name: HEAD, revision: next, docCount: stats.docCount }
    await db.create({ collection, data: head, req, returning: false })
  } else {
    const swapped = await db.updateOne({
      collection,
      where: { and: [{ name: { equals: HEAD } }, { revision: { equals: revision } }] },
      data: { revision: next, docCount: stats.docCount },
      options: { atomic: true },
      req,
    })
    if (!swapped) return false
    await db.updateOne({
      collection,
      where: { name: { equals: DF } },
      data: { df: stats.df },
      req,
      returning: false,
    })
  }
  cache.set(req.payload, { revision: next, stats })
  return true
}

/**
 * Changes the statistics with `change` and stores them; when another request changed them
 * meanwhile, they are reloaded and `change` applied again, so no update is lost.
 */
export async function updateStats(
  req: PayloadRequest,
  change: (stats: CorpusStats) => void,
): Promise<CorpusStats> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const snapshot = await loadStats(req)
    const stats = claimStats(req.payload, snapshot)
    change(stats)
    if (await storeStats(req, snapshot.revision, stats)) return stats
  }
  throw new Error('similarity statistics: too many concurrent changes, giving up')
}

/** Replaces the statistics outright (the rebuild). */
export async function replaceStats(req: PayloadRequest, stats: CorpusStats): Promise<void> {
  const { revision } = await loadStats(req)
  if (!(await storeStats(req, revision, copyOf(stats)))) {
    throw new Error('similarity statistics changed during the rebuild; run it again')
  }
}
