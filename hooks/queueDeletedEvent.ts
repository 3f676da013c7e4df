import type { CollectionBeforeDeleteHook } from 'payload'

import { contentEvent } from '../src/revalidation/buildEvents'
import { publicCollectionOf } from '../src/revalidation/lookups'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'
import { dbId } from '../src/similarityGlue/types'

/**
 * Before a public document is deleted, queues `content.deleted` in the delete's transaction. Before,
 * not after: the relationships that name the pages showing it are gone once it is. An article that
 * was never live sends nothing.
 */
export const queueDeletedEvent: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const key = publicCollectionOf(req, collection.slug)
  if (!key || !isRevalidating(req, 'content.deleted')) return
  const doc = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: dbId(req, id) } },
    req,
  })) as (Record<string, unknown> & { id: number | string }) | null
  if (!doc || (key === 'articles' && doc._status !== 'published')) return
  await queueRevalidation(
    req,
    await contentEvent(req, {
      collection: key,
      collectionSlug: collection.slug,
      doc,
      type: 'content.deleted',
    }),
  )
}
