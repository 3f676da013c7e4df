import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

/**
 * Documents a reader makes about content (reactions, comment reports): the reader sees their own,
 * moderators all of them, nobody else any (the public sees reaction counts, never who reacted).
 */
export const readOwnReaderDocuments: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'reader') return { reader: { equals: req.user!.id } }
  return false
}
