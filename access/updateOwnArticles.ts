import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

export const updateOwnArticles: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'author') return { author: { equals: req.user!.id } }
  return false
}
