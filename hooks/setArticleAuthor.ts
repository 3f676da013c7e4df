import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { roleOf, staffId } from '../access/roles'
import { relationId } from '../src/relationId'

/**
 * New articles belong to their creator. Authors write only under their own name: a field-level access
 * rule would drop a forged `author` silently, so refuse it with a message instead.
 */
export const setArticleAuthor: CollectionBeforeValidateHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const userId = staffId(req)
  if (operation === 'create' && relationId(data.author) === null && userId !== null) {
    data.author = userId
  }
  if (roleOf(req) !== 'author' || !('author' in data)) return data

  const requested = relationId(data.author)
  // A create (a duplicate too: its originalDoc is the copied article) starts out as the caller's.
  const current = operation === 'create' ? userId : (relationId(originalDoc?.author) ?? userId)
  if (requested !== null && String(requested) !== String(current)) {
    throw new APIError('Authors cannot set another author on an article.', 403)
  }
  return data
}
