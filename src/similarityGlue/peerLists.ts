import type { PayloadRequest, Where } from 'payload'

import { getOptions } from '../options'
import type { CorpusStats } from '../similarity'
import { candidateKeys } from '../similarity'
import { rankSimilar } from './candidates'
import { findListing, readEntries, readEntry, writeListing } from './entryStore'
import { commitIndex, prepareIndex, unindexArticle } from './indexArticle'
import { isListable, readLiveArticle } from './liveArticle'
import { loadStats } from './statsStore'
import { dbId } from './types'
import type { ListHolder } from './visibleList'
import {
  readListHolders,
  rowsOf,
  sameRows,
  thresholdOf,
  visibleRows,
  withNeighbour,
  writeVisibleRows,
} from './visibleList'

/**
 * Brings the lists of an article's peers in line with the article as it is live now: what the peer
 * job (`jobs/similarPeersTask.ts`) runs after a publish, unpublish or delete has committed. It
 * trusts nothing the request knew but `hints` (lists that may name the article, a superset): it
 * re-reads the article's live state, so jobs run late or out of order converge on the same lists,
 * and running it twice changes nothing the second time.
 */
export async function updatePeerLists(
  req: PayloadRequest,
  articleId: string,
  hints: string[],
): Promise<void> {
  const live = await readLiveArticle(req, articleId)
  const entry = await readEntry(req, articleId)
  if (live && isListable(live)) {
    // Filed (or refiled) here, not in the publish: its list is settled against the statistics
    // with it counted in, and against every article filed since the publish ranked it.
    const prepared = await prepareIndex(req, live, articleId)
    const peers = await commitIndex(req, articleId, prepared)
    if (!sameRows(prepared.rows, rowsOf(live.similarArticles))) {
      await writeVisibleRows(req, articleId, prepared.rows, live.updatedAt)
    }
    await enterPeerLists(req, articleId, [...hints, ...peers])
    return
  }
  // Not live (or never indexed): out of every list. An entry left behind means the request that
  // took it out did not finish (SQLite without transactions): finish it here.
  const listing = entry && !isListable(live) ? ((await unindexArticle(req, articleId)) ?? []) : []
  const holders = await listsNaming(req, articleId, [...hints, ...listing])
  await recomputeLists(req, holders, (await loadStats(req)).stats)
}

/**
 * A live article takes its place in the lists whose bar its score clears (scores are symmetric:
 * the articles it scores are exactly the lists it may enter), is rescored in those that still name
 * it, leaves those it no longer belongs in, and first joins the lists that pin it.
 */
async function enterPeerLists(req: PayloadRequest, articleId: string, hints: string[]) {
  const entry = (await readEntry(req, articleId))!
  const { stats } = await loadStats(req)
  const { size } = getOptions(req).similarArticles
  const query = { ...entry, keys: candidateKeys(entry.features, stats) }
  const { scored, entries: candidates } = await rankSimilar(req, query, stats)
  const scoreOf = new Map(scored.map((neighbour) => [neighbour.id, neighbour.score]))
  const listing = await listsNaming(req, articleId, hints)
  const ids = new Set(
    scored
      .filter(({ id, score }) => score > (candidates.get(id)?.threshold ?? 0))
      .map((neighbour) => neighbour.id),
  )
  for (const holder of listing) if (scoreOf.has(holder.articleId)) ids.add(holder.articleId)
  ids.delete(articleId)

  if (ids.size > 0) {
    for (const holder of await readListHolders(req, { id: { in: [...ids].map(byDb(req)) } })) {
      const neighbour = { id: articleId, score: scoreOf.get(holder.articleId)! }
      const rows = withNeighbour(holder, neighbour, size)
      if (!rows) continue
      await writeVisibleRows(req, holder.articleId, rows, holder.updatedAt)
      // A lower score for an article already listed can lower the bar; raising it can wait.
      const candidate = candidates.get(holder.articleId)
      const next = thresholdOf(rows, size)
      if (candidate && next < candidate.threshold) {
        await writeListing(req, candidate.entryId, { threshold: next })
      }
    }
  }
  await recomputeLists(
    req,
    listing.filter((holder) => !scoreOf.has(holder.articleId)),
    stats,
  )
  await showLivePins(req, articleId, stats)
}

const byDb = (req: PayloadRequest) => (id: string) => dbId(req, id)

/**
 * The live lists naming `articleId`, computed or pinned: found through the index (`findListing`, a
 * superset), the `hints` the request passed on, and the articles' `pinnedSimilar`, then checked
 * row by row.
 */
export async function listsNaming(
  req: PayloadRequest,
  articleId: string,
  hints: string[] = [],
): Promise<ListHolder[]> {
  const listing = new Set([...(await findListing(req, articleId)), ...hints])
  listing.delete(articleId)
  const byList: Where = { id: { in: [...listing].map(byDb(req)) } }
  const byPin: Where = { pinnedSimilar: { equals: dbId(req, articleId) } }
  const holders = await readListHolders(req, { or: [byList, byPin] })
  return holders.filter((holder) => holder.rows.some((row) => row.id === articleId))
}

/** Computes the lists of these live articles afresh, writing those that changed. */
export async function refreshLists(req: PayloadRequest, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return
  const holders = await readListHolders(req, { id: { in: articleIds.map(byDb(req)) } })
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

/** A live article joins, first, the lists of the live articles that pin it (once: idempotent). */
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
