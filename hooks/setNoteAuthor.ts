import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { isSystemCall } from '../access/roles'
import { relationId } from '../src/relationId'

/**
 * A note's author is whoever writes it, never someone named in the request, and stays so. Trusted
 * server code (the seed) may name the author itself.
 */
export const setNoteAuthor: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (isSystemCall(req)) return data
  if (operation === 'create') return { ...data, author: req.user!.id }
  const given = relationId(data.author)
  if (given !== null && String(given) !== String(relationId(originalDoc?.author))) {
    throw new APIError('A note’s author cannot be changed.', 403)
  }
  return { ...data, author: relationId(originalDoc?.author) }
}
