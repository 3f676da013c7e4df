import type { PayloadRequest, Where } from 'payload'

import type { CollectionKey } from '../options'
import { getOptions } from '../options'
import { dbId } from '../similarityGlue/types'
import type { Id } from '../similarityGlue/types'
import type { PublicCollection } from './events'
import { ARTICLE_REFERENCES, MAX_REFERENCING_ARTICLES } from './events'

// Reads through the database adapter, inside the request's transaction: no hooks, no access, and
// what is live whatever the request just saved.

/** An article's live state: whether a published version is live, and its live slug. */
export type LiveState = { isLive: boolean; slug: string | null }

export async function readLiveState(req: PayloadRequest, id: Id): Promise<LiveState | null> {
  const row = (await req.payload.db.findOne({
    collection: getOptions(req).slugs.articles,
    where: { id: { equals: dbId(req, id) } },
    select: { _status: true, slug: true },
    req,
  })) as { _status?: string | null; slug?: string | null } | null
  return row ? { isLive: row._status === 'published', slug: row.slug ?? null } : null
}

/** Slugs of live articles, by id (as strings); articles not live are left out. */
export async function liveArticleSlugs(
  req: PayloadRequest,
  ids: Id[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  return slugsWhere(req, { id: { in: ids.map((id) => dbId(req, id)) } }, 0)
}

/** Slugs of (at most `MAX_REFERENCING_ARTICLES`) live articles that show the document. */
export async function referencingArticleSlugs(
  req: PayloadRequest,
  collection: Exclude<PublicCollection, 'articles'>,
  id: Id,
): Promise<string[]> {
  const value = dbId(req, id)
  const where: Where = {
    or: ARTICLE_REFERENCES[collection].map((field) => ({ [field]: { equals: value } })),
  }
  return [...(await slugsWhere(req, where, MAX_REFERENCING_ARTICLES)).values()]
}

async function slugsWhere(req: PayloadRequest, where: Where, limit: number) {
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.articles,
    where: { and: [where, { _status: { equals: 'published' } }] },
    select: { slug: true },
    sort: '-publishedAt',
    limit,
    pagination: false,
    req,
  })
  const slugs = new Map<string, string>()
  for (const doc of docs as Array<{ id: Id; slug?: string | null }>) {
    if (doc.slug) slugs.set(String(doc.id), doc.slug)
  }
  return slugs
}

export type UploadDoc = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null }>
}

/** The public file URLs of an upload (original and sizes), as Payload serves them. */
export function fileUrlsOf(req: PayloadRequest, collection: string, doc: UploadDoc): string[] {
  const base = `${req.payload.config.routes.api}/${collection}/file/`
  const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return names
    .filter((name): name is string => !!name)
    .map((name) => base + encodeURIComponent(name))
}

/** Which public collection a slug is, or null for the plugin's other (internal) collections. */
export function publicCollectionOf(req: PayloadRequest, slug: string): PublicCollection | null {
  const { slugs } = getOptions(req)
  const keys: PublicCollection[] = ['articles', 'dramas', 'scenes', 'people', 'media', 'authors']
  return keys.find((key) => slugs[key as CollectionKey] === slug) ?? null
}
