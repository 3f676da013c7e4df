import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

/** Reader accounts are private: moderators see them (names on comments), a reader sees only itself. */
export const readSelfOrStaffReaders: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role === 'reader') return { id: { equals: req.user!.id } }
  return false
}
