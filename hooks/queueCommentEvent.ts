import type { CollectionAfterChangeHook } from 'payload'

import { commentEvent } from '../src/revalidation/buildEvents'
import { commentChangeEvent } from '../src/revalidation/events'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'

/**
 * After a comment is saved, queues what the public thread saw change: `comment.approved`,
 * `comment.updated` (an approved comment edited) or `comment.removed` (unapproved). Pending,
 * rejected and spam comments the public never sees send nothing.
 */
export const queueCommentEvent: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const previousStatus = operation === 'create' ? null : previousDoc?.status
  const type = commentChangeEvent({ previousStatus, status: doc.status })
  if (!type || !isRevalidating(req, type)) return doc
  await queueRevalidation(
    req,
    await commentEvent(req, { collectionSlug: collection.slug, doc, type }),
  )
  return doc
}
