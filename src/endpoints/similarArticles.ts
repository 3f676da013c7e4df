import type { Endpoint, PayloadHandler } from 'payload'
import { APIError } from 'payload'

import { getOptions } from '../options'
import { parseLimit, readSimilarArticles } from '../similarityGlue/readSimilar'
import { ensureSpoilerView } from '../spoilerGlue/requestView'

const handler: PayloadHandler = async (req) => {
  if (!getOptions(req).isEnabled) throw new APIError('Similar articles are switched off.', 404)
  const id = String(req.routeParams?.id ?? '')
  const limit = parseLimit(req.searchParams.get('limit'))
  // Before any read: a reader's progress (`?watched[…]`, headers, saved) makes the list spoiler-safe.
  await ensureSpoilerView(req)
  const docs = await readSimilarArticles(req, { id, limit, shape: 'card' })
  return Response.json({ id, limit, docs })
}

/**
 * `GET /api/articles/:id/similar?limit=5` (1 to 20): the article's similar articles, pins first,
 * as `{ id, limit, docs: [{ article: { id, title, slug, excerpt, format, heroImage, publishedAt },
 * score, isPinned }] }` with hero images populated. Published articles only for the public.
 * With `?watched[<drama>]=<n>`, `?spoilers=hide` or saved progress, articles that would spoil the
 * reader are left out.
 */
export const similarArticlesEndpoint: Endpoint = { path: '/:id/similar', method: 'get', handler }
