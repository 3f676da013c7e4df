import type { CollectionAfterChangeHook } from 'payload'

import { getOptions } from '../src/options'
import { commentEvent } from '../src/revalidation/buildEvents'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'
import { dbId } from '../src/similarityGlue/types'

/**
 * A reader who changes their display name changes the name on all their comments, in the same
 * transaction, through the adapter (derived data: no comment hook, no spoiler re-tagging). Each
 * approved one is a `comment.updated` for the page that shows it.
 */
export const syncCommentAuthorNames: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.displayName === doc.displayName) return doc
  const collection = getOptions(req).slugs.comments
  const where = { reader: { equals: dbId(req, doc.id) } }
  await req.payload.db.updateMany({
    collection,
    where,
    data: { authorName: doc.displayName ?? null },
    req,
    returning: false,
  })
  if (!isRevalidating(req, 'comment.updated')) return doc
  const { docs } = await req.payload.db.find({
    collection,
    where: { and: [where, { status: { equals: 'approved' } }] },
    select: { article: true },
    limit: 0,
    pagination: false,
    req,
  })
  for (const comment of docs as Array<{ id: number | string; article?: unknown }>) {
    await queueRevalidation(
      req,
      await commentEvent(req, {
        collectionSlug: collection,
        doc: comment,
        type: 'comment.updated',
      }),
    )
  }
  return doc
}
