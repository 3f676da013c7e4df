import type { FieldHook } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import { liveIdsBatched } from '../src/similarityGlue/liveIds'

type Row = { article?: unknown }

/**
 * Other articles' lists are updated by a job after an unpublish or delete commits; until it has
 * run, a stored list may still name an article that is no longer live. Every read drops such rows,
 * with one indexed lookup however many lists it holds, so no reader is ever served one: REST,
 * GraphQL (whose `SimilarArticle` resolver reads this value) and the admin alike. Runs before
 * `populateSimilarArticles`.
 */
export const hideUnlistedSimilar: FieldHook = async ({ req, value }) => {
  if (!Array.isArray(value) || value.length === 0 || !getOptions(req).isEnabled) return value
  const ids = (value as Row[]).flatMap((row) => {
    const id = relationId(row.article)
    return id === null ? [] : [id]
  })
  const live = await liveIdsBatched(req, ids)
  return (value as Row[]).filter((row) => live.has(String(relationId(row.article))))
}
