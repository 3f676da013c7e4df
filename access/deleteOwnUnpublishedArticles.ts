import type { Access, Where } from 'payload'

import { ownArticles } from './ownArticles'
import { isEditorRole, roleOf } from './roles'

/** Authors may discard their own unpublished work; removing anything live is an editor's call. */
export const deleteOwnUnpublishedArticles: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'author') {
    const own: Where = ownArticles(req.user!.id)
    const unpublished: Where = { _status: { not_equals: 'published' } }
    return { and: [own, unpublished] }
  }
  return false
}
