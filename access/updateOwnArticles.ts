import type { Access } from 'payload'

import { ownArticles } from './ownArticles'
import { isEditorRole, roleOf } from './roles'

export const updateOwnArticles: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'author') return ownArticles(req.user!.id)
  return false
}
