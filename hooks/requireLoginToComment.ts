import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/**
 * Access functions only answer yes or no (a 403); an anonymous commenter should instead learn that
 * logging in fixes it. Runs before access, and only for create calls that enforce access (REST,
 * GraphQL, the Local API with `overrideAccess: false`), so trusted server code and the admin's
 * permission checks are unaffected.
 */
export const requireLoginToComment: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation === 'create' && !req.user && !overrideAccess) {
    throw new APIError('Log in as a reader to comment.', 401)
  }
  return args
}
