import type { CollectionAfterDeleteHook } from 'payload'

import { commentEvent } from '../src/revalidation/buildEvents'
import { commentChangeEvent } from '../src/revalidation/events'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'

/** After a comment is deleted, queues `comment.removed` if the public could see it. */
export const queueCommentRemovedEvent: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  const type = commentChangeEvent({ previousStatus: doc?.status, status: null })
  if (!type || !isRevalidating(req, type)) return doc
  await queueRevalidation(
    req,
    await commentEvent(req, { collectionSlug: collection.slug, doc, type }),
  )
  return doc
}
