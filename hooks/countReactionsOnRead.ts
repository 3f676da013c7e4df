import type { FieldHook } from 'payload'

import { countReactions } from '../src/reactionGlue/countReactions'

/**
 * `reactionCounts` is never stored: it is counted from the reactions whenever an article is read
 * with this field selected (cards embedded in other documents do not select it), so it is always
 * what the reactions table holds, whatever readers did in parallel.
 */
export const countReactionsOnRead: FieldHook = async ({ data, originalDoc, req }) => {
  const id = data?.id ?? originalDoc?.id
  if (id === undefined || id === null) return undefined
  return countReactions(req, id as number | string)
}
