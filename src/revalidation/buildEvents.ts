import type { PayloadRequest } from 'payload'

import { relationId } from '../relationId'
import type { Id } from '../similarityGlue/types'
import type { PublicCollection, RevalidationEvent, RevalidationEventType } from './events'
import { articlePath, revalidationPaths } from './events'
import type { UploadDoc } from './lookups'
import { fileUrlsOf, liveArticleSlugs, referencingArticleSlugs } from './lookups'

type Event = Omit<RevalidationEvent, 'occurredAt'>
type Doc = Record<string, unknown> & { id: Id }

/** The public slug of a document: an author's handle, a drama's or article's slug, else null. */
export function slugOf(
  collection: PublicCollection,
  doc: Record<string, unknown> | null | undefined,
) {
  const value = doc?.[collection === 'authors' ? 'handle' : 'slug']
  return typeof value === 'string' && value ? value : null
}

/**
 * The event for a change of a document of a public collection, its paths worked out from the
 * document (and, but for articles, the live articles that show it).
 */
export async function contentEvent(
  req: PayloadRequest,
  input: {
    collection: PublicCollection
    /** The collection's configured slug. */
    collectionSlug: string
    doc: Doc
    type: RevalidationEventType
    previousSlug?: string | null
  },
): Promise<Event> {
  const { collection, collectionSlug, doc, type } = input
  const slug = slugOf(collection, doc)
  const paths = revalidationPaths({
    collection,
    slug,
    previousSlug: input.previousSlug,
    referencingArticles:
      collection === 'articles' ? [] : await referencingArticleSlugs(req, collection, doc.id),
    fileUrls: collection === 'media' ? fileUrlsOf(req, collectionSlug, doc as UploadDoc) : [],
  })
  return { type, collection: collectionSlug, id: doc.id, slug, paths }
}

/** The event for a comment change: its path is the article page that shows the thread. */
export async function commentEvent(
  req: PayloadRequest,
  input: { collectionSlug: string; doc: Doc; type: RevalidationEventType },
): Promise<Event> {
  const articleId = relationId(input.doc.article)
  const slugs = articleId === null ? new Map() : await liveArticleSlugs(req, [articleId])
  const articleSlug = articleId === null ? undefined : slugs.get(String(articleId))
  return {
    type: input.type,
    collection: input.collectionSlug,
    id: input.doc.id,
    slug: null,
    paths: articleSlug ? [articlePath(articleSlug)] : [],
  }
}
