import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Decides, for each read of articles the caller makes, whether `populateSimilarArticles` expands
 * the similar lists: only when one article is read (by id, or a list with `limit: 1`, as a page
 * fetches an article by slug). In longer lists every article would bring twenty cards, and a
 * list page does not show them; those keep ids and scores. Reads Payload makes to populate
 * relationships (they carry `currentDepth`) leave the decision as it is.
 */
export const decideSimilarExpansion: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || args.currentDepth !== undefined) return args
  const { id, limit } = args as { id?: unknown; limit?: unknown }
  req.context.expandSimilarLists = id !== undefined || limit === 1
  return args
}
