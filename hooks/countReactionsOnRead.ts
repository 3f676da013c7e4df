import type { FieldHook } from 'payload'

import { countReactions } from '../src/reactionGlue/countReactions'

/**
 * `reactionCounts` is never stored: it is counted from the reactions whenever an article is read
 * with this field selected (cards embedded in other documents do not select it), so it is always
 * what the reactions table holds, whatever readers did in parallel.
 */
export const countReactionsOnRead: FieldHook = async ({ data, originalDoc, req }) => {
  // A version (`/versions`) is a snapshot of the text, not the article: it carries no counts.
  if (data && 'parent' in data && 'version' in data) return undefined
  const id = data?.id ?? originalDoc?.id
  if (id === undefined || id === null) return undefined
  return countReactions(req, id as number | string)
}
