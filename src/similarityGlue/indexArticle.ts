import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import type { CorpusStats, DocFeatures } from '../similarity'
import { addToStats, candidateKeys, extractFeatures, removeFromStats } from '../similarity'
import type { IndexableArticle } from './articleText'
import { slugLookup, toSimilarityDoc } from './articleText'
import { rankSimilar } from './candidates'
import { deleteEntry, readEntries, readEntry, writeEntry, writeThreshold } from './entryStore'
import { filingKeys } from './filingKeys'
import { claimStats, loadStats, storeStats, updateStats } from './statsStore'
import type { Neighbour, StoredEntry, VisibleRow } from './types'
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
  baseRevision: string | null
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
  const features = extractFeatures(doc)
  const previous = articleId === null ? null : await readEntry(req, articleId)
  const snapshot = await loadStats(req)
  const hasChanged = !previous || !sameFeatures(previous.features, features)
  let stats = snapshot.stats
  if (hasChanged) {
    stats = claimStats(req.payload, snapshot)
    if (previous) removeFromStats(stats, previous.features)
    addToStats(stats, features)
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
    baseRevision: snapshot.revision,
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
  if (!pending.hasChanged) {
    // Same content: only its own list (written with the save) and the bar to enter it moved.
    if (previous && previous.threshold !== threshold) {
      await writeThreshold(req, previous.entryId, threshold)
    }
    return
  }
  let { stats } = pending
  if (!(await storeStats(req, pending.baseRevision, stats))) {
    stats = await updateStats(req, (next) => {
      if (previous) removeFromStats(next, previous.features)
      addToStats(next, features)
    })
  }
  const entryId = previous?.entryId ?? null
  await writeEntry(req, { entryId, articleId, features, keys: pending.keys, threshold })

  // Scores are symmetric: a scored article ranks this one as this one ranks it. Only the lists
  // whose bar it clears are read.
  const scoreOf = new Map(pending.scored.map((neighbour) => [neighbour.id, neighbour.score]))
  const entering = pending.scored.filter(
    ({ id, score }) => score > (pending.candidates.get(id)?.threshold ?? 0),
  )
  if (entering.length > 0) {
    const ids = entering.map((neighbour) => neighbour.id)
    for (const holder of await readListHolders(req, { id: { in: ids } })) {
      const rows = withNeighbour(
        holder,
        { id: articleId, score: scoreOf.get(holder.articleId)! },
        size,
      )
      if (!rows) continue
      await writeVisibleRows(req, holder.articleId, rows)
      // A lower score for an article already listed can lower the bar; raising it can wait.
      const entry = pending.candidates.get(holder.articleId)
      const next = thresholdOf(rows, size)
      if (entry && next < entry.threshold) await writeThreshold(req, entry.entryId, next)
    }
  }
  if (previous) {
    // New content: the lists it no longer belongs in are computed again.
    const listing = await readListHolders(req, { 'similarArticles.article': { equals: articleId } })
    const stale = listing.filter((holder) => !scoreOf.has(holder.articleId))
    await recomputeLists(req, stale, stats)
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
  const stats = await updateStats(req, (next) => removeFromStats(next, previous.features))
  await deleteEntry(req, previous)
  // Pinned or computed, every row naming it is found through the indexed relationship column.
  const listing = await readListHolders(req, { 'similarArticles.article': { equals: articleId } })
  await recomputeLists(
    req,
    listing.filter((holder) => holder.articleId !== articleId),
    stats,
  )
  return true
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
    await writeVisibleRows(req, holder.articleId, rows)
    await writeThreshold(req, entry.entryId, thresholdOf(rows, size))
  }
}

/** A newly live article joins, first, the lists of the live articles that pin it. */
async function showLivePins(req: PayloadRequest, articleId: string, stats: CorpusStats) {
  const holders = await readListHolders(req, { pinnedSimilar: { equals: articleId } })
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
    if (!sameRows(rows, holder.rows)) await writeVisibleRows(req, holder.articleId, rows)
  }
}
