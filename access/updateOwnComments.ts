import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

/** Moderators change any comment; readers only their own. Used for update and delete. */
export const updateOwnComments: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'reader') return { reader: { equals: req.user!.id } }
  return false
}
