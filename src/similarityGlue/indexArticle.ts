import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import type { CorpusStats, DocFeatures } from '../similarity'
import { candidateKeys, extractFeatures } from '../similarity'
import type { IndexableArticle } from './articleText'
import { slugLookup, toSimilarityDoc } from './articleText'
import { rankSimilar } from './candidates'
import { getEntityCatalogue } from './entityCatalogue'
import {
  deleteEntry,
  deleteLeftEntries,
  findLeftEntries,
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
import { idsOf, thresholdOf, visibleRows } from './visibleList'

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

type Ranked = { scored: Neighbour[]; candidates: Map<string, StoredEntry>; rows: VisibleRow[] }

/** Ranks an article's candidates against `stats` and assembles its visible list. Reads only. */
async function rankOwnList(
  req: PayloadRequest,
  article: LiveArticle,
  self: string,
  features: DocFeatures,
  stats: CorpusStats,
  lookupKeys: string[],
): Promise<Ranked> {
  const query = { articleId: self, features, keys: lookupKeys }
  const { scored, entries } = await rankSimilar(req, query, stats)
  const picks = { pins: idsOf(article.pinnedSimilar), excluded: idsOf(article.excludedSimilar) }
  const pinEntries = await readEntries(req, picks.pins, { withKeys: false })
  const { size } = getOptions(req).similarArticles
  const rows = visibleRows({ articleId: self, features, ...picks }, scored, size, pinEntries, stats)
  return { scored, candidates: entries, rows }
}

/** The article's features, from its content and the drama and people catalogue. */
async function featuresOf(req: PayloadRequest, article: LiveArticle, self: string) {
  const catalogue = await getEntityCatalogue(req)
  const doc = await toSimilarityDoc({ ...article, id: self }, slugLookup(req))
  return extractFeatures(doc, { catalogue })
}

/**
 * The list an article is about to be published with (`articleId` null for a new article), ranked
 * against the statistics as stored: what a publish does before its save, which then stores the
 * list with the article (and its version). Counting the article in would copy the statistics, and
 * its stored entry is not needed: the peer job files the article and settles its list against
 * exact figures.
 */
export async function rankForPublish(
  req: PayloadRequest,
  article: LiveArticle,
  articleId: string | null,
): Promise<VisibleRow[]> {
  const self = articleId ?? ''
  const features = await featuresOf(req, article, self)
  const { stats } = await loadStats(req)
  const keys = candidateKeys(features, stats)
  return (await rankOwnList(req, article, self, features, stats, keys)).rows
}

/**
 * Works out a live article's place in the index (`articleId` null for one not saved yet): its
 * features, the statistics with it counted in, and its own list. Reads only; `commitIndex` stores
 * it.
 */
export async function prepareIndex(
  req: PayloadRequest,
  article: LiveArticle,
  articleId: string | null,
): Promise<PendingIndex> {
  const self = articleId ?? ''
  const features = await featuresOf(req, article, self)
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
  const ranked = await rankOwnList(req, article, self, features, stats, lookupKeys)
  return { features, previous, hasChanged, base: snapshot, stats, keys, ...ranked }
}

/**
 * Stores what `prepareIndex` worked out once the article is saved: the statistics (re-applied if
 * another publish changed them meanwhile) and its entry, whose `listedBy` names the lists it may
 * now enter (and, after new content, those that named it before: a superset). Those lists
 * themselves are updated after the commit by the peer job (`peerLists.ts`). Returns them.
 */
export async function commitIndex(
  req: PayloadRequest,
  articleId: string,
  pending: PendingIndex,
): Promise<string[]> {
  const { features, previous } = pending
  const { size } = getOptions(req).similarArticles
  const threshold = thresholdOf(pending.rows, size)
  const listed = pending.rows.map((row) => row.id)
  if (!pending.hasChanged && previous) {
    // Same content: only its own list (written with the save, with any new pins) moved.
    await writeListing(req, previous.entryId, { threshold, listed })
    return []
  }
  const change = { add: features, remove: previous?.features }
  if (!(await storeStats(req, pending.base, pending.stats, change))) {
    await updateStats(req, change)
  }
  // Scores are symmetric: a scored article ranks this one as this one ranks it, so the lists whose
  // bar it clears are the ones it enters. One indexed lookup keeps the lists that named it before.
  const ids = new Set(
    pending.scored
      .filter(({ id, score }) => score > (pending.candidates.get(id)?.threshold ?? 0))
      .map((neighbour) => neighbour.id),
  )
  if (previous) for (const id of await findListing(req, articleId)) ids.add(id)
  ids.delete(articleId)
  const entryId = previous?.entryId ?? null
  const entry = { entryId, articleId, features, keys: pending.keys, threshold }
  await writeEntry(req, { ...entry, listed, listedBy: [...ids] }, previous?.keys ?? null)
  return [...ids]
}

/**
 * Takes an article out of the index (unpublished, archived or deleted): out of the statistics and
 * the inverted index. Returns the lists that may name it (read before its entry goes, whose
 * `listedBy` is half of the answer), which the peer job refills; null when it was not indexed.
 */
export async function unindexArticle(
  req: PayloadRequest,
  articleId: string,
): Promise<string[] | null> {
  const previous = await readEntry(req, articleId)
  if (!previous) return null
  await updateStats(req, { remove: previous.features })
  const listing = await findListing(req, articleId)
  await deleteEntry(req, previous)
  return listing
}

/**
 * After an article's delete: takes out of the index what the delete left behind (see
 * `findLeftEntries`), and returns the lists those entries entered, or null when nothing was left.
 */
export async function sweepDeletedArticle(
  req: PayloadRequest,
  articleId: string,
): Promise<string[] | null> {
  const left = await findLeftEntries(req, articleId)
  if (left.length === 0) return null
  for (const entry of left) await updateStats(req, { remove: entry.features })
  await deleteLeftEntries(
    req,
    articleId,
    left.map((entry) => entry.entryId),
  )
  return [...new Set(left.flatMap((entry) => entry.listedBy))]
}
