import type { CollectionAfterChangeHook } from 'payload'

import { contentEvent } from '../src/revalidation/buildEvents'
import { articleSaveEvent } from '../src/revalidation/events'
import { readLiveState } from '../src/revalidation/lookups'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'

/**
 * After an article's save, queues what it means for the public: `content.published`,
 * `content.updated` (a published save of a live article) or `content.unpublished`. A draft save
 * changes nothing live and sends nothing.
 */
export const queueArticleEvent: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const key = String(doc.id)
  const before = operation === 'create' ? null : req.context.revalidationLive?.[key]
  if (req.context.revalidationLive) delete req.context.revalidationLive[key]
  if (!isRevalidating(req)) return doc
  const wasLive = before?.isLive ?? false
  const savedStatus = doc._status as string | undefined
  // A draft saved over a live article leaves it live; an unpublish does not.
  const isLive =
    savedStatus === 'published' || (wasLive && !!(await readLiveState(req, doc.id))?.isLive)
  const type = articleSaveEvent({ wasLive, isLive, savedStatus })
  if (!type || !isRevalidating(req, type)) return doc
  const event = await contentEvent(req, {
    collection: 'articles',
    collectionSlug: collection.slug,
    doc,
    type,
    previousSlug: before?.slug,
  })
  // An unpublished article is known by the slug it was live under.
  if (type === 'content.unpublished' && before?.slug) event.slug = before.slug
  await queueRevalidation(req, event)
  return doc
}
