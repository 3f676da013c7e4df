import type { CollectionAfterChangeHook } from 'payload'

import { contentEvent, slugOf } from '../src/revalidation/buildEvents'
import { AUTHOR_PROFILE_FIELDS, hasPublicProfileChanged } from '../src/revalidation/events'
import { publicCollectionOf } from '../src/revalidation/lookups'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'

/**
 * After a drama, scene, person, media file or staff profile is saved, queues `content.published`
 * (created: public at once, these have no drafts) or `content.updated`. Staff saves that leave the
 * public profile as it was (password, role, e-mail) send nothing.
 */
export const queueContentEvent: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const key = publicCollectionOf(req, collection.slug)
  const type = operation === 'create' ? 'content.published' : 'content.updated'
  if (!key || !isRevalidating(req, type)) return doc
  if (
    key === 'authors' &&
    operation === 'update' &&
    !hasPublicProfileChanged(previousDoc, doc, AUTHOR_PROFILE_FIELDS)
  ) {
    return doc
  }
  const previousSlug = operation === 'update' ? slugOf(key, previousDoc) : null
  await queueRevalidation(
    req,
    await contentEvent(req, {
      collection: key,
      collectionSlug: collection.slug,
      doc,
      type,
      previousSlug,
    }),
  )
  return doc
}
