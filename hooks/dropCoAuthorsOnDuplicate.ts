import type { FieldHook } from 'payload'

import { staffId } from '../access/roles'

/**
 * A duplicate belongs to whoever makes it (`assignDuplicateToCaller`), and only to them: copying the
 * co-authors would hand the new draft to colleagues who never chose to write it. Trusted server code
 * without a user keeps them.
 */
export const dropCoAuthorsOnDuplicate: FieldHook = ({ req, value }) =>
  staffId(req) === null ? value : []
