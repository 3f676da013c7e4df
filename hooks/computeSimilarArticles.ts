import type { CollectionBeforeChangeHook } from 'payload'

import { getOptions } from '../src/options'
import type { LiveArticle } from '../src/similarityGlue/indexArticle'
import { rankForPublish } from '../src/similarityGlue/indexArticle'
import { toStoredRows } from '../src/similarityGlue/visibleList'

/** Where a new article's pending work waits for its id. */
export const NEW_ARTICLE_KEY = '#new'

/**
 * Before an article is saved live (published, not archived), computes its similar articles so the
 * save stores them with the article and its version: the list is right when the save returns, and
 * costs no extra write. What else changes (statistics, index entry, other articles' lists) is left
 * to the peer job that `refreshSimilarArticles` queues once the save has succeeded. Draft saves
 * skip it.
 */
export const computeSimilarArticles: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { context } = req
  if (!getOptions(req).isEnabled || context.isSimilarityRefresh || context.skipSimilarity) {
    return data
  }
  // On update `data` may hold only the change; what is saved live is the whole article.
  const article = { ...originalDoc, ...data } as LiveArticle & { _status?: string; stage?: string }
  if (article._status !== 'published' || article.stage === 'archived') return data
  const id = operation === 'create' ? null : String(originalDoc?.id)
  // Ranked against the stored statistics: the peer job counts the article in and settles the list.
  const rows = await rankForPublish(req, article, id)
  // Assigned after the await: a nested Local API call replaces the `req.context` object.
  req.context.similarityPrepared = new Set(req.context.similarityPrepared).add(
    id ?? NEW_ARTICLE_KEY,
  )
  return { ...data, similarArticles: toStoredRows(req, rows) }
}
