import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { relationId } from '../src/relationId'

/**
 * Co-authors are the other bylines: each listed once, and never the primary author again (who
 * already owns the article). Refused with a message rather than silently cleaned up, so a client
 * learns that its list was not stored as sent.
 */
export const checkCoAuthors: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || !Array.isArray(data.coAuthors)) return data
  const ids = data.coAuthors.map((value: unknown) => relationId(value))
  const seen = new Set<string>()
  for (const id of ids) {
    if (id === null) continue
    if (seen.has(String(id))) {
      throw new APIError(`coAuthors: author ${id} is listed twice.`, 400)
    }
    seen.add(String(id))
  }
  const primary = relationId(data.author ?? originalDoc?.author)
  if (primary !== null && seen.has(String(primary))) {
    throw new APIError(
      `coAuthors: author ${primary} is already the article's primary author (author).`,
      400,
    )
  }
  return data
}
