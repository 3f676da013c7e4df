import type { Access } from 'payload'

import { roleOf } from './roles'

/**
 * A reader changes or removes only their own reactions and reports; admins may clean up any.
 * Editors read them (moderation) but do not write in a reader's name.
 */
export const writeOwnReaderDocuments: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === 'reader') return { reader: { equals: req.user!.id } }
  return false
}
