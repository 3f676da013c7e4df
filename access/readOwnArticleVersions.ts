import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

/** Version history holds unpublished text: editors see all of it, authors only their own articles'. */
export const readOwnArticleVersions: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'author') return { 'version.author': { equals: req.user!.id } }
  return false
}
