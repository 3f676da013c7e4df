import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import { relationId } from '../relationId'
import type { SimilarityDoc } from '../similarity'
import type { LexicalState } from '../spoilers'
import { lexicalToPlainText } from '../spoilers'
import { getDramaCatalog } from '../spoilerGlue/dramaCatalog'
import type { Id } from './types'
import { dbId } from './types'

/** The article fields the similarity engine reads, as stored on the live (main) document. */
export type IndexableArticle = {
  id: Id
  title?: string | null
  format?: string | null
  excerpt?: string | null
  intro?: LexicalState | null
  items?: Array<{ heading?: string | null; body?: LexicalState | null }> | null
  body?: LexicalState | null
  dramas?: unknown[] | null
  people?: unknown[] | null
  tags?: string[] | null
  publishedAt?: string | null
}

/** `select` for reading an `IndexableArticle` straight from the database. */
export const INDEXABLE_SELECT = {
  title: true,
  format: true,
  excerpt: true,
  intro: true,
  items: true,
  body: true,
  dramas: true,
  people: true,
  tags: true,
  publishedAt: true,
} as const

/** Slugs of dramas or people by id (slugs read like names, which helps the engine find them). */
export type SlugLookup = (
  collection: 'dramas' | 'people',
  ids: Id[],
) => Promise<Map<string, string>>

/**
 * Reads slugs within the request's transaction: dramas from the drama catalog (loaded and checked
 * once per request for the spoiler tags and the entity links anyway), people from the database.
 */
export function slugLookup(req: PayloadRequest): SlugLookup {
  const { slugs } = getOptions(req)
  return async (collection, ids) => {
    if (ids.length === 0) return new Map()
    if (collection === 'dramas') {
      const { byId } = await getDramaCatalog(req)
      return new Map(
        ids.flatMap((id) => {
          const drama = byId.get(String(id))
          return drama ? [[String(id), drama.slug || String(id)]] : []
        }),
      )
    }
    const { docs } = await req.payload.db.find({
      collection: slugs[collection],
      where: { id: { in: ids.map((id) => dbId(req, id)) } },
      select: { slug: true },
      limit: 0,
      pagination: false,
      req,
    })
    const rows = docs as Array<{ id: Id; slug?: string | null }>
    return new Map(rows.map((doc) => [String(doc.id), doc.slug || String(doc.id)]))
  }
}

const relationIds = (values: unknown[] | null | undefined): Id[] =>
  (values ?? []).map(relationId).filter((id): id is Id => id !== null)

/** The article as the engine's `SimilarityDoc`: plain text of every part, entities by slug. */
export async function toSimilarityDoc(
  article: IndexableArticle,
  lookup: SlugLookup,
): Promise<SimilarityDoc> {
  const dramaIds = relationIds(article.dramas)
  const peopleIds = relationIds(article.people)
  // One after the other: both may run on the request's transaction.
  const dramas = await lookup('dramas', dramaIds)
  const people = await lookup('people', peopleIds)
  const parts = [
    article.excerpt ?? '',
    lexicalToPlainText(article.intro),
    ...(article.items ?? []).flatMap((item) => [item.heading ?? '', lexicalToPlainText(item.body)]),
    lexicalToPlainText(article.body),
  ]
  return {
    id: String(article.id),
    title: article.title ?? '',
    body: parts.filter(Boolean).join('\n\n'),
    format: article.format ?? undefined,
    dramas: dramaIds.map((id) => dramas.get(String(id)) ?? String(id)),
    people: peopleIds.map((id) => people.get(String(id)) ?? String(id)),
    tags: article.tags ?? [],
    publishedAt: article.publishedAt ?? undefined,
  }
}
