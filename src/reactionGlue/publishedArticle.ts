import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { getOptions } from '../options'
import { relationId } from '../relationId'

/**
 * The id of the live article `value` names, or a 400 saying why it cannot be reacted to (readers
 * react only to what is on the site).
 */
export async function publishedArticleId(
  req: PayloadRequest,
  value: unknown,
): Promise<number | string> {
  const id = relationId(value)
  if (id === null) throw new APIError('A reaction needs an article.', 400)
  // Straight from the main row, in the request's transaction: no read hooks (spoiler views,
  // similar lists) for a yes/no answer, and no second connection while this one is held.
  const article = (await req.payload.db
    .findOne({
      collection: getOptions(req).slugs.articles,
      where: { id: { equals: id } },
      select: { _status: true },
      req,
    })
    .catch(() => null)) as { _status?: string } | null
  if (!article) throw new APIError(`Article ${id} does not exist.`, 400)
  if (article._status !== 'published') {
    throw new APIError('Reactions are open only on published articles.', 400)
  }
  return id
}
