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
  const article = await req.payload
    .findByID({
      collection: getOptions(req).slugs.articles,
      id,
      depth: 0,
      draft: false,
      select: { _status: true },
      req,
      disableErrors: true,
    })
    .catch(() => null)
  if (!article) throw new APIError(`Article ${id} does not exist.`, 400)
  if ((article as { _status?: string })._status !== 'published') {
    throw new APIError('Reactions are open only on published articles.', 400)
  }
  return id
}
