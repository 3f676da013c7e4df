import type { FieldAccess } from 'payload'

import { relationId } from '../src/relationId'
import { isEditorRole, roleOf } from './roles'

/**
 * An article's workflow fields (stage, assignee, schedule) are read by its authors (primary and co-authors) and by editors.
 * Another author reading a published article must not learn that a revision of it is in review or
 * who reviews it. Without a document (query validation, the admin's field permissions) staff pass,
 * so authors can still filter their own list by stage.
 */
export const fieldEditorsOrOwnArticle: FieldAccess = ({ doc, req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role !== 'author') return false
  if (!doc) return true
  const me = String(req.user?.id)
  const owners = [doc.author, ...(Array.isArray(doc.coAuthors) ? doc.coAuthors : [])]
  return owners.some((owner) => {
    const ownerId = relationId(owner)
    return ownerId !== null && String(ownerId) === me
  })
}
