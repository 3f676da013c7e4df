import type { Access } from 'payload'

import { ownArticles } from './ownArticles'
import { isEditorRole, roleOf } from './roles'

/** Version history holds unpublished text: editors see all of it, authors only their own articles'. */
export const readOwnArticleVersions: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'author') return ownArticles(req.user!.id, 'version.')
  return false
}
