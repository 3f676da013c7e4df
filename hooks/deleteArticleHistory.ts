import type { CollectionBeforeDeleteHook } from 'payload'

import { getOptions } from '../src/options'

/**
 * An article's history goes with it: left behind, it would point at nothing, and SQLite can reuse the
 * id for a new article whose history would then collide with the old entries' keys.
 */
export const deleteArticleHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const previous = req.context.isWorkflowHistoryCascade
  req.context.isWorkflowHistoryCascade = true
  try {
    await req.payload.delete({
      collection: getOptions(req).slugs.workflowEvents,
      where: { article: { equals: id } },
      overrideAccess: true,
      depth: 0,
      req,
    })
  } finally {
    req.context.isWorkflowHistoryCascade = previous
  }
}
