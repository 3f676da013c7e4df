import { getEntityCatalogue } from './entityCatalogue'
import type { PayloadRequest, Where } from 'payload'

import { getOptions } from '../options'
import type { CorpusStats, DocFeatures } from '../similarity'
import { candidateKeys, extractFeatures } from '../similarity'
import type { IndexableArticle } from './articleText'
import { slugLookup, toSimilarityDoc } from './articleText'
import { rankSimilar } from './candidates'
import {
  deleteEntry,
  findListing,
  readEntries,
  readEntry,
  writeEntry,
  writeListing,
} from './entryStore'
import { filingKeys } from './filingKeys'
import type { StatsSnapshot } from './statsStore'
import { applyChange, claimStats, loadStats, storeStats, updateStats } from './statsStore'
import type { Neighbour, StoredEntry, VisibleRow } from './types'
import { dbId } from './types'
import type { ListHolder } from './visibleList'
import {
  idsOf,
  readListHolders,
  sameRows,
  thresholdOf,
  visibleRows,
  withNeighbour,
  writeVisibleRows,
} from './visibleList'

/** The live article as the index reads it: content and the editor's choices. */
export type LiveArticle = IndexableArticle & {
  pinnedSimilar?: unknown[] | null
  excludedSimilar?: unknown[] | null
  similarArticles?: Array<{
    article?: unknown
    score?: number | null
    isPinned?: boolean | null
  }> | null
}

/** What `prepareIndex` worked out before the save, for `commitIndex` to store after it. */
export type PendingIndex = {
  features: DocFeatures
  previous: StoredEntry | null
  /** Whether the features differ from the stored ones (always, for a first publish). */
  hasChanged: boolean
  /** The statistics the index was worked out against. */
  base: StatsSnapshot
  /** The statistics with this article counted in. */
  stats: CorpusStats
  keys: string[]
  scored: Neighbour[]
  /** The scored articles' stored entries (for their thresholds). */
  candidates: Map<string, StoredEntry>
  /** The article's own visible list. */
  rows: VisibleRow[]
}

const sameFeatures = (a: DocFeatures, b: DocFeatures) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Works out an article's place in the index as it is about to be published (`articleId` null for a
 * new article): its features, the statistics with it counted in, and its own list, which the save
 * then stores with the article (and its version). Reads only.
 */
export async function prepareIndex(
  req: PayloadRequest,
  article: LiveArticle,
  articleId: string | null,
): Promise<PendingIndex> {
  const self = articleId ?? ''
  const doc = await toSimilarityDoc({ ...article, id: self }, slugLookup(req))
  const features = extractFeatures(doc, { catalogue: await getEntityCatalogue(req) })
  const previous = articleId === null ? null : await readEntry(req, articleId)
  const snapshot = await loadStats(req)
  const hasChanged = !previous || !sameFeatures(previous.features, features)
  let stats = snapshot.stats
  if (hasChanged) {
    stats = claimStats(req.payload, snapshot)
    applyChange(stats, { add: features, remove: previous?.features })
  }
  const lookupKeys = candidateKeys(features, stats)
  const keys = hasChanged ? filingKeys(features, stats, lookupKeys) : previous.keys
  const query = { articleId: self, features, keys: lookupKeys }
  const { scored, entries } = await rankSimilar(req, query, stats)
  const picks = { pins: idsOf(article.pinnedSimilar), excluded: idsOf(article.excludedSimilar) }
  const pinEntries = await readEntries(req, picks.pins)
  const { size } = getOptions(req).similarArticles
  const rows = visibleRows({ articleId: self, features, ...picks }, scored, size, pinEntries, stats)
  return {
    features,
    previous,
    hasChanged,
    base: snapshot,
    stats,
    keys,
    scored,
    candidates: entries,
    rows,
  }
}

/**
 * Stores what `prepareIndex` worked out once the article is saved: the statistics (re-applied if
 * another publish changed them meanwhile), its entry, and the lists it now belongs in (or, after
 * new content, no longer does). A first publish also shows it on the lists that pin it.
 */
export async function commitIndex(
  req: PayloadRequest,
  articleId: string,
  pending: PendingIndex,
): Promise<void> {
  const { features, previous } = pending
  const { size } = getOptions(req).similarArticles
  const threshold = thresholdOf(pending.rows, size)
  const listed = pending.rows.map((row) => row.id)
  if (!pending.hasChanged && previous) {
    // Same content: only its own list (written with the save, with any new pins) moved.
    await writeListing(req, previous.entryId, { threshold, listed })
    return
  }
  let { stats } = pending
  const change = { add: features, remove: previous?.features }
  if (!(await storeStats(req, pending.base, stats, change))) {
    stats = await updateStats(req, change)
  }

  // Scores are symmetric: a scored article ranks this one as this one ranks it. Only the lists
  // whose bar it clears are read, and after new content those that already name it.
  const scoreOf = new Map(pending.scored.map((neighbour) => [neighbour.id, neighbour.score]))
  const listing = previous ? await listsNaming(req, articleId) : []
  const ids = new Set(
    pending.scored
      .filter(({ id, score }) => score > (pending.candidates.get(id)?.threshold ?? 0))
      .map((neighbour) => neighbour.id),
  )
  for (const holder of listing) if (scoreOf.has(holder.articleId)) ids.add(holder.articleId)
  const entryId = previous?.entryId ?? null
  const entry = { entryId, articleId, features, keys: pending.keys, threshold }
  await writeEntry(req, { ...entry, listed, listedBy: [...ids] }, previous?.keys ?? null)

  if (ids.size > 0) {
    for (const holder of await readListHolders(req, { id: { in: [...ids] } })) {
      const rows = withNeighbour(
        holder,
        { id: articleId, score: scoreOf.get(holder.articleId)! },
        size,
      )
      if (!rows) continue
      await writeVisibleRows(req, holder.articleId, rows, holder.updatedAt)
      // A lower score for an article already listed can lower the bar; raising it can wait.
      const candidate = pending.candidates.get(holder.articleId)
      const next = thresholdOf(rows, size)
      if (candidate && next < candidate.threshold) {
        await writeListing(req, candidate.entryId, { threshold: next })
      }
    }
  }
  if (previous) {
    // New content: the lists it no longer belongs in are computed again.
    await recomputeLists(
      req,
      listing.filter((holder) => !scoreOf.has(holder.articleId)),
      stats,
    )
  } else {
    await showLivePins(req, articleId, stats)
  }
}

/**
 * Takes an article out of the index (unpublished, archived or deleted): out of the statistics, and
 * out of every list it was on, which is computed again so that it stays full. Returns whether it
 * was indexed.
 */
export async function unindexArticle(req: PayloadRequest, articleId: string): Promise<boolean> {
  const previous = await readEntry(req, articleId)
  if (!previous) return false
  const stats = await updateStats(req, { remove: previous.features })
  // Read before the entry goes: its `listedBy` is half of the answer.
  const listing = await listsNaming(req, articleId)
  await deleteEntry(req, previous)
  await recomputeLists(
    req,
    listing.filter((holder) => holder.articleId !== articleId),
    stats,
  )
  return true
}

/**
 * The live lists naming `articleId`, computed or pinned: found through the index (`findListing`, a
 * superset) and the articles' `pinnedSimilar`, then checked row by row.
 */
async function listsNaming(req: PayloadRequest, articleId: string): Promise<ListHolder[]> {
  const listing = await findListing(req, articleId)
  const byList: Where = { id: { in: listing.map((id) => dbId(req, id)) } }
  const byPin: Where = { pinnedSimilar: { equals: dbId(req, articleId) } }
  const holders = await readListHolders(req, { or: [byList, byPin] })
  return holders.filter((holder) => holder.rows.some((row) => row.id === articleId))
}

/** Computes the lists of these live articles afresh, writing those that changed. */
export async function refreshLists(req: PayloadRequest, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return
  const holders = await readListHolders(req, { id: { in: articleIds } })
  await recomputeLists(req, holders, (await loadStats(req)).stats)
}

/** Computes the lists of `holders` afresh (a refill), writing those that changed. */
async function recomputeLists(
  req: PayloadRequest,
  holders: ListHolder[],
  stats: CorpusStats,
): Promise<void> {
  if (holders.length === 0) return
  const { size } = getOptions(req).similarArticles
  const entries = await readEntries(
    req,
    holders.map((holder) => holder.articleId),
  )
  const pinEntries = await readEntries(req, [...new Set(holders.flatMap((holder) => holder.pins))])
  for (const holder of holders) {
    const entry = entries.get(holder.articleId)
    if (!entry) continue
    const query = { ...entry, keys: candidateKeys(entry.features, stats) }
    const { scored } = await rankSimilar(req, query, stats)
    const rows = visibleRows({ ...holder, ...entry }, scored, size, pinEntries, stats)
    if (sameRows(rows, holder.rows)) continue
    await writeVisibleRows(req, holder.articleId, rows, holder.updatedAt)
    const listed = rows.map((row) => row.id)
    await writeListing(req, entry.entryId, { threshold: thresholdOf(rows, size), listed })
  }
}

/** A newly live article joins, first, the lists of the live articles that pin it. */
async function showLivePins(req: PayloadRequest, articleId: string, stats: CorpusStats) {
  const holders = await readListHolders(req, { pinnedSimilar: { equals: dbId(req, articleId) } })
  if (holders.length === 0) return
  const { size } = getOptions(req).similarArticles
  const entries = await readEntries(
    req,
    holders.map((holder) => holder.articleId),
  )
  const pinEntries = await readEntries(req, [...new Set(holders.flatMap((holder) => holder.pins))])
  for (const holder of holders) {
    const entry = entries.get(holder.articleId)
    if (!entry) continue
    const computed = holder.rows.filter((row) => !row.isPinned)
    const rows = visibleRows({ ...holder, ...entry }, computed, size, pinEntries, stats)
    if (!sameRows(rows, holder.rows))
      await writeVisibleRows(req, holder.articleId, rows, holder.updatedAt)
  }
}
