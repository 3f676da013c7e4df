import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

/** Moderators see every comment; readers also their own pending ones; everyone the approved. */
export const readApprovedOrOwnComments: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  const approved = { status: { equals: 'approved' } }
  if (role === 'reader') return { or: [approved, { reader: { equals: req.user!.id } }] }
  return approved
}
