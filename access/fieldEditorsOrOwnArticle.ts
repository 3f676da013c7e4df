import type { FieldAccess } from 'payload'

import { relationId } from '../src/relationId'
import { isEditorRole, roleOf } from './roles'

/**
 * An article's workflow fields (stage, assignee, schedule) are read by its author and by editors.
 * Another author reading a published article must not learn that a revision of it is in review or
 * who reviews it. Without a document (query validation, the admin's field permissions) staff pass,
 * so authors can still filter their own list by stage.
 */
export const fieldEditorsOrOwnArticle: FieldAccess = ({ doc, req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role !== 'author') return false
  if (!doc) return true
  const authorId = relationId(doc.author)
  return authorId !== null && String(authorId) === String(req.user?.id)
}
