import type { PayloadRequest } from 'payload'

import { getOptions } from '../src/options'
import { articlePath } from '../src/revalidation/events'
import { liveArticleSlugs } from '../src/revalidation/lookups'
import { isRevalidating, queueRevalidation } from '../src/revalidation/queueRevalidation'
import { takeChangedLists } from '../src/similarityGlue/changedLists'
import { dbId } from '../src/similarityGlue/types'

/**
 * After an article's save or delete (and the similar-lists refresh it caused), queues one
 * `similar.updated` per other live article whose list was rewritten: the peers a publish entered or
 * an unpublish left. The saved article's own list is part of its own event. Used as `afterChange`
 * and `afterDelete`, after `refreshSimilarArticles`.
 */
export const queueSimilarEvents = async ({
  doc,
  req,
}: {
  doc: { id: number | string }
  req: PayloadRequest
}) => {
  const ids = takeChangedLists(req).filter((id) => id !== String(doc.id))
  if (ids.length === 0 || !isRevalidating(req, 'similar.updated')) return doc
  const collection = getOptions(req).slugs.articles
  for (const [id, slug] of await liveArticleSlugs(req, ids)) {
    await queueRevalidation(req, {
      type: 'similar.updated',
      collection,
      id: dbId(req, id),
      slug,
      paths: [articlePath(slug)],
    })
  }
  return doc
}
