import type { CollectionBeforeChangeHook } from 'payload'

import { readLiveState } from '../src/revalidation/lookups'
import { isRevalidating } from '../src/revalidation/queueRevalidation'

/**
 * Before an article is saved, notes what was live (status and slug), for `queueArticleEvent` to
 * tell a publish from an update, an unpublish from a draft save, and to name a renamed page's old
 * path. The hook's `originalDoc` is the latest version, a draft or not, so the live row is read.
 */
export const noteLiveArticle: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || !isRevalidating(req)) return data
  const state = await readLiveState(req, originalDoc.id)
  // Assigned after the await: a nested Local API call replaces the `req.context` object.
  req.context.revalidationLive = {
    ...req.context.revalidationLive,
    [String(originalDoc.id)]: state,
  }
  return data
}
