import { getEntityCatalogue, toEntityCatalogue } from './entityCatalogue'
import { getDramaCatalog } from '../spoilerGlue/dramaCatalog'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { getOptionsFromConfig } from '../options'
import { relationId } from '../relationId'
import type { CorpusStats, DocFeatures, MemorySimilarityIndex } from '../similarity'
import {
  addToStats,
  candidateKeys,
  createSimilarityIndex,
  createStats,
  extractFeatures,
} from '../similarity'
import type { SlugLookup } from './articleText'
import { INDEXABLE_SELECT, toSimilarityDoc } from './articleText'
import { deleteEntry, readEntries, writeEntry, writeListing } from './entryStore'
import { filingKeys } from './filingKeys'
import type { LiveArticle } from './indexArticle'
import { replaceStats } from './statsStore'
import type { Id, StoredEntry } from './types'
import { roundScore } from './types'
import type { Picks } from './visibleList'
import { idsOf, readListHolders, thresholdOf, visibleRows, writeVisibleRows } from './visibleList'

const PAGE = 500
const BATCH = 250

export type RebuildProgress = { phase: 'read' | 'write'; done: number; total: number }

export type RebuildOptions = {
  payload: Payload
  /** Skip writing articles up to this id (a checkpoint of an interrupted run). */
  resumeAfter?: string | null
  /** Called after each committed batch with the last article id written: save it to resume. */
  onCheckpoint?: (lastId: string) => void | Promise<void>
  onProgress?: (progress: RebuildProgress) => void
  /**
   * Candidates the engine scores per article (its default when absent). Fewer trade a little
   * recall for speed, which a benchmark filling 100,000 articles needs.
   */
  maxCandidates?: number
  /**
   * `false` writes entries and statistics only, leaving lists empty (a benchmark computes the few
   * it needs afterwards with `refreshLists`). @default true
   */
  withLists?: boolean
  /**
   * Where the live articles come from, in id order, in pages, after `afterId` (default: read from
   * the database). An import that has the articles at hand passes them instead of reading them back.
   */
  source?: (afterId: string | null) => AsyncIterable<LiveArticle[]>
}

export type RebuildResult = { articles: number; written: number; removed: number }

const LIVE: Where = {
  and: [{ _status: { equals: 'published' } }, { stage: { not_equals: 'archived' } }],
}

/**
 * Rebuilds the whole similar-articles index from the live articles: reads them into the engine's
 * in-memory index (the exact lists, keys and statistics of the engine), then writes every entry
 * and visible list in batches (one transaction each where the database has them) in id order,
 * reporting a checkpoint after each; finally drops the entries of articles no longer live.
 */
export async function rebuildSimilarIndex(options: RebuildOptions): Promise<RebuildResult> {
  const { payload } = options
  const { slugs, similarArticles } = getOptionsFromConfig(payload.config)
  const { size } = similarArticles
  const req = await createLocalReq({ context: { isSimilarityRefresh: true } }, payload)
  const lookup = await catalogLookup(req)
  const total = (await payload.db.count({ collection: slugs.articles, where: LIVE, req })).totalDocs
  const progress = (phase: RebuildProgress['phase'], done: number) =>
    options.onProgress?.({ phase, done, total })

  const withLists = options.withLists !== false
  const catalogue = await getEntityCatalogue(req)
  const index = createSimilarityIndex([], {
    maxCandidates: options.maxCandidates,
    catalogue: toEntityCatalogue(await getDramaCatalog(req)),
  })
  // Without lists the engine's index is not needed: features and statistics are, once.
  const featuresOf = new Map<string, DocFeatures>()
  const counted = createStats()
  const live = new Set<string>()
  const pages = options.source ?? ((afterId: string | null) => livePages(req, afterId))
  for await (const page of pages(null)) {
    for (const article of page) {
      const doc = await toSimilarityDoc(article, lookup)
      live.add(doc.id)
      if (withLists) {
        index.upsert(doc)
      } else {
        const features = extractFeatures(doc, { catalogue })
        featuresOf.set(doc.id, features)
        addToStats(counted, features)
      }
    }
    progress('read', live.size)
  }
  const stats = withLists ? index.stats() : counted
  await replaceStats(req, stats)

  const entryIds = await entryIdsByArticle(req)
  const withPins: string[] = []
  let done = 0
  let written = 0
  for await (const page of inBatches(pages(options.resumeAfter ?? null))) {
    await inTransaction(req, async () => {
      for (const article of page) {
        const articleId = String(article.id)
        const features =
          featuresOf.get(articleId) ??
          extractFeatures(await toSimilarityDoc(article, lookup), { catalogue })
        featuresOf.delete(articleId)
        const lookupKeys = withLists
          ? (index.keysOf(articleId) ?? [])
          : candidateKeys(features, stats)
        const keys = filingKeys(features, stats, lookupKeys)
        const entryId = entryIds.get(articleId) ?? null
        const picks = {
          pins: idsOf(article.pinnedSimilar),
          excluded: idsOf(article.excludedSimilar),
        }
        if (picks.pins.length > 0) withPins.push(articleId)
        // Pins are shown once every entry exists (below); until then the computed list alone.
        const owner = { articleId, features, ...picks }
        const rows = withLists ? listOf(index, owner, size, new Map(), stats) : []
        const threshold = thresholdOf(rows, size)
        const listed = rows.map((row) => row.id)
        // Old keys are not read: `[]` never matches, so every article is filed afresh, clearing
        // postings an interrupted run or a lost entry left behind (their article is unique).
        await writeEntry(
          req,
          { entryId, articleId, features, keys, threshold, listed, listedBy: [] },
          [],
        )
        // Without lists there is nothing to write, unless an old list must be cleared.
        if (withLists || entryId !== null) await writeVisibleRows(req, articleId, rows)
        entryIds.delete(articleId)
        written += 1
      }
    })
    done += page.length
    progress('write', done)
    await options.onCheckpoint?.(String(page[page.length - 1]!.id))
  }

  await inTransaction(req, async () => {
    if (!withLists || withPins.length === 0) return
    const owners = await readListHolders(req, { id: { in: withPins } })
    const entries = await readEntries(req, withPins)
    const pinEntries = await readEntries(req, [...new Set(owners.flatMap((owner) => owner.pins))])
    for (const owner of owners) {
      const entry = entries.get(owner.articleId)
      if (!entry) continue
      const rows = listOf(index, { ...owner, ...entry }, size, pinEntries, stats)
      await writeVisibleRows(req, owner.articleId, rows, owner.updatedAt)
      const listed = rows.map((row) => row.id)
      await writeListing(req, entry.entryId, { threshold: thresholdOf(rows, size), listed })
    }
  })
  const removed = await inTransaction(req, () => removeStale(req, live, entryIds))
  return { articles: live.size, written, removed }
}

/** The engine's list for an article, shaped by its pins and exclusions. */
function listOf(
  index: MemorySimilarityIndex,
  owner: Picks & { articleId: string; features: DocFeatures },
  size: number,
  pinEntries: Map<string, StoredEntry>,
  stats: CorpusStats,
) {
  const limit = size + owner.pins.length + owner.excluded.length
  const found = index
    .similarTo(owner.articleId, limit)
    .map(({ id, score }) => ({ id, score: roundScore(score) }))
  return visibleRows(owner, found, size, pinEntries, stats)
}

async function inTransaction<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await run()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}

/** The same articles in batches of `BATCH` (one transaction each). */
async function* inBatches(pages: AsyncIterable<LiveArticle[]>): AsyncGenerator<LiveArticle[]> {
  let batch: LiveArticle[] = []
  for await (const page of pages) {
    for (const article of page) {
      batch.push(article)
      if (batch.length === BATCH) {
        yield batch
        batch = []
      }
    }
  }
  if (batch.length > 0) yield batch
}

/** Live articles in id order, a page at a time, after `afterId`. */
async function* livePages(
  req: PayloadRequest,
  afterId: string | null,
): AsyncGenerator<LiveArticle[]> {
  const collection = getOptionsFromConfig(req.payload.config).slugs.articles
  let after: Id | null = afterId
  for (;;) {
    const where: Where = after === null ? LIVE : { and: [LIVE, { id: { greater_than: after } }] }
    const { docs } = await req.payload.db.find({
      collection,
      where,
      select: { ...INDEXABLE_SELECT, pinnedSimilar: true, excludedSimilar: true },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      req,
    })
    if (docs.length === 0) return
    yield docs as unknown as LiveArticle[]
    after = docs[docs.length - 1]!.id
  }
}

/** Every drama and person slug, read once. */
async function catalogLookup(req: PayloadRequest): Promise<SlugLookup> {
  const { slugs } = getOptionsFromConfig(req.payload.config)
  const load = async (collection: CollectionSlug) => {
    const { docs } = await req.payload.db.find({
      collection,
      select: { slug: true },
      limit: 0,
      pagination: false,
      req,
    })
    const rows = docs as Array<{ id: Id; slug?: string | null }>
    return new Map(rows.map((doc) => [String(doc.id), doc.slug || String(doc.id)]))
  }
  const maps = { dramas: await load(slugs.dramas), people: await load(slugs.people) }
  return async (collection, wanted) => {
    const map = maps[collection]
    return new Map(wanted.map((id) => [String(id), map.get(String(id)) ?? String(id)]))
  }
}

async function entryIdsByArticle(req: PayloadRequest): Promise<Map<string, Id>> {
  const { docs } = await req.payload.db.find({
    collection: getOptionsFromConfig(req.payload.config).slugs.similarityEntries,
    select: { article: true },
    limit: 0,
    pagination: false,
    req,
  })
  const rows = docs as Array<{ id: Id; article?: unknown }>
  return new Map(rows.map((doc) => [String(relationId(doc.article)), doc.id]))
}

/** Entries of articles that are not live any more, or whose article is gone. */
async function removeStale(
  req: PayloadRequest,
  live: Set<string>,
  leftover: Map<string, Id>,
): Promise<number> {
  const stale = [...leftover].filter(([articleId]) => !live.has(articleId))
  // With their postings: an article filed again later (republished) must find none.
  for (const [articleId, entryId] of stale) await deleteEntry(req, { articleId, entryId })
  return stale.length
}
