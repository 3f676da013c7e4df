import type { PayloadRequest } from 'payload'
import { APIError, NotFound } from 'payload'

import { getOptions } from '../options'
import { candidateKeys, extractFeatures } from '../similarity'
import { INDEXABLE_SELECT, slugLookup, toSimilarityDoc } from './articleText'
import { rankSimilar } from './candidates'
import type { LiveArticle } from './indexArticle'
import { loadStats } from './statsStore'
import type { VisibleRow } from './types'
import { readEntries } from './entryStore'
import { idsOf, rowsOf, visibleRows } from './visibleList'

export const DEFAULT_LIMIT = 5
export const MAX_LIMIT = 20

/** What a similar-articles answer shows of each article. */
export const CARD_SELECT = {
  title: true,
  slug: true,
  excerpt: true,
  format: true,
  heroImage: true,
  publishedAt: true,
} as const

export type SimilarArticle = {
  article: Record<string, unknown>
  score: number
  isPinned: boolean
}

/** `?limit` as given (absent: the default); anything but a whole number from 1 to 20 is a 400. */
export function parseLimit(value: unknown): number {
  if (value === null || value === undefined || value === '') return DEFAULT_LIMIT
  const limit =
    typeof value === 'number' ? value : /^\d+$/.test(String(value)) ? Number(value) : NaN
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new APIError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`, 400)
  }
  return limit
}

/**
 * How listed articles are answered: as cards (`CARD_SELECT`, relationships populated one level
 * deep: REST), or as whole documents at depth 0 for Payload's GraphQL `Article` type to resolve.
 */
export type SimilarShape = 'card' | 'document'

/**
 * The articles similar to article `id`, as the caller may see them: a published article's list for
 * everyone; for staff, an unpublished article they can read gets a preview computed from its latest
 * draft (nothing is stored). Unknown articles, and unpublished ones for the public, are a 404. Listed
 * articles are always published ones, read with the caller's access.
 */
export async function readSimilarArticles(
  req: PayloadRequest,
  { id, limit, shape }: { id: string; limit: number; shape: SimilarShape },
): Promise<SimilarArticle[]> {
  const { slugs } = getOptions(req)
  const isNumericId = req.payload.db.defaultIDType === 'number'
  if (isNumericId && !/^\d+$/.test(id)) throw new NotFound(req.t)
  const { docs } = await req.payload.find({
    collection: slugs.articles,
    where: { id: { equals: id } },
    select: { similarArticles: true, _status: true },
    depth: 0,
    limit: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    req,
  })
  const found = docs[0] as (LiveArticle & { _status?: string }) | undefined
  if (!found) throw new NotFound(req.t)
  const rows =
    found._status === 'published' ? rowsOf(found.similarArticles) : await previewRows(req, id)
  if (rows.length === 0) return []

  const { docs: articles } = await req.payload.find({
    collection: slugs.articles,
    where: {
      and: [{ id: { in: rows.map((row) => row.id) } }, { _status: { equals: 'published' } }],
    },
    ...(shape === 'card' ? { select: CARD_SELECT, depth: 1 } : { depth: 0 }),
    limit: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
    req,
  })
  const byId = new Map(articles.map((article) => [String(article.id), article]))
  return rows
    .filter((row) => byId.has(row.id))
    .slice(0, limit)
    .map((row) => ({ article: byId.get(row.id)!, score: row.score, isPinned: row.isPinned }))
}

/** The list an unpublished article would get if published now, from its latest draft. */
async function previewRows(req: PayloadRequest, id: string): Promise<VisibleRow[]> {
  const { slugs, similarArticles } = getOptions(req)
  const draft = (await req.payload.findByID({
    collection: slugs.articles,
    id,
    select: { ...INDEXABLE_SELECT, pinnedSimilar: true, excludedSimilar: true },
    depth: 0,
    draft: true,
    overrideAccess: false,
    req,
  })) as unknown as LiveArticle
  const features = extractFeatures(await toSimilarityDoc(draft, slugLookup(req)))
  const { stats } = await loadStats(req)
  const keys = candidateKeys(features, stats)
  const { scored } = await rankSimilar(req, { articleId: id, features, keys }, stats)
  const pins = idsOf(draft.pinnedSimilar)
  const owner = { articleId: id, features, pins, excluded: idsOf(draft.excludedSimilar) }
  const pinEntries = await readEntries(req, pins)
  return visibleRows(owner, scored, similarArticles.size, pinEntries, stats)
}
