import type { FieldHook } from 'payload'

import { staffId } from '../access/roles'

/**
 * A duplicate is a new article, so it belongs to whoever makes it, not to the writer of the
 * original: otherwise an author could put a draft under a colleague's name by copying their piece.
 * Runs on `author` while Payload copies the original (`POST /:id/duplicate`, GraphQL
 * `duplicateArticle`, the admin's Duplicate). Trusted server code without a user keeps the author.
 */
export const assignDuplicateToCaller: FieldHook = ({ req, value }) => staffId(req) ?? value
