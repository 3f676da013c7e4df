import type { FieldHook } from 'payload'
import { APIError } from 'payload'

import { roleOf } from '../access/roles'

// Forms send back what they read: null, '' and absent all mean "no date".
function instant(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? NaN : time
}

/**
 * `publishedAt` orders listings and feeds the similarity engine's recency, so authors must not set
 * or backdate it: the server stamps it on first publish and editors set it as the workflow allows.
 * Field access would drop a forged value silently, so refuse it with a message instead. Sending back
 * the stored value (as the admin form does) is not a change.
 */
export const refusePublishedAtByAuthors: FieldHook = ({
  overrideAccess,
  previousValue,
  req,
  value,
}) => {
  if (overrideAccess || roleOf(req) !== 'author' || value === undefined) return value
  if (instant(value) !== instant(previousValue)) {
    throw new APIError(
      'Only editors can set the publication date (publishedAt): it is set when the article is first published.',
      403,
    )
  }
  return value
}
