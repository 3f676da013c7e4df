import type { FieldHook } from 'payload'
import { APIError } from 'payload'

import { relationId } from '../src/relationId'
import { readLiveArticle } from '../src/similarityGlue/liveArticle'

type Row = { article?: unknown }

const articleIds = (value: unknown): string =>
  (Array.isArray(value) ? (value as Row[]) : [])
    .map((row) => String(relationId(row?.article)))
    .join()

/**
 * `similarArticles` is computed by Showrunner. Sending back what was read (the admin form sends the
 * latest version's copy, an API client may send the live document's) is fine; any other value is
 * refused with a message rather than silently dropped. Restoring a version may carry an old list:
 * it is replaced on the next publish anyway.
 */
export const refuseSimilarListWrites: FieldHook = async ({
  originalDoc,
  previousValue,
  req,
  value,
}) => {
  if (value === undefined || req.context.isSimilarityRefresh || req.context.isRestoringVersion) {
    return value
  }
  const sent = articleIds(value)
  if (sent === articleIds(previousValue)) return value
  const live = originalDoc?.id === undefined ? null : await readLiveArticle(req, originalDoc.id)
  if (live && sent === articleIds(live.similarArticles)) return value
  throw new APIError(
    'similarArticles is computed when the article is published; pin or exclude articles with ' +
      'pinnedSimilar and excludedSimilar instead.',
    403,
  )
}
