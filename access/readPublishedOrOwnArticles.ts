import type { Access } from 'payload'

import { ownArticles } from './ownArticles'
import { isEditorRole, roleOf } from './roles'

/** Editors read everything; authors their own work and what is published; everyone else the published. */
export const readPublishedOrOwnArticles: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  const published = { _status: { equals: 'published' } }
  if (role === 'author') return { or: [published, ownArticles(req.user!.id)] }
  return published
}
