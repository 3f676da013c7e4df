import type { Access, Where } from 'payload'

import { isEditorRole, roleOf } from './roles'

/**
 * Editorial notes are for staff who can read their article: editors and admins all of them, an
 * author the notes on their own articles and on published ones (as `readPublishedOrOwnArticles`).
 * Readers and anonymous callers never see a note, by any route.
 */
export const readNotesOnReadableArticles: Access = ({ req }) => {
  const role = roleOf(req)
  if (isEditorRole(role)) return true
  if (role !== 'author') return false
  const where: Where = {
    or: [
      { 'article.author': { equals: req.user!.id } },
      { 'article._status': { equals: 'published' } },
    ],
  }
  return where
}
