import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import { INDEXABLE_SELECT } from './articleText'
import type { LiveArticle } from './indexArticle'
import type { Id } from './types'
import { dbId } from './types'

export type LiveRow = LiveArticle & {
  _status?: string | null
  stage?: string | null
  updatedAt?: string
}

/**
 * The article's main document straight from the database (no hooks, no access), inside the
 * request's transaction: what is published, whatever the request just saved. With drafts, a draft
 * save leaves it untouched, so drafts never reach the index through it.
 */
export async function readLiveArticle(req: PayloadRequest, id: Id): Promise<LiveRow | null> {
  return (await req.payload.db.findOne({
    collection: getOptions(req).slugs.articles,
    where: { id: { equals: dbId(req, id) } },
    select: {
      ...INDEXABLE_SELECT,
      _status: true,
      stage: true,
      pinnedSimilar: true,
      excludedSimilar: true,
      similarArticles: true,
      updatedAt: true,
    },
    req,
  })) as LiveRow | null
}

/** Only a published article that is not archived belongs in anyone's list. */
export const isListable = (row: LiveRow | null): boolean =>
  row?._status === 'published' && row.stage !== 'archived'
