import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { isSystemCall } from '../access/roles'

/**
 * Access functions only answer yes or no (a 403); an anonymous commenter should instead learn that
 * logging in fixes it. Runs before access, and only for real create calls, so the admin's permission
 * checks are unaffected.
 */
export const requireLoginToComment: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && !req.user && !isSystemCall(req)) {
    throw new APIError('Log in as a reader to comment.', 401)
  }
  return args
}
