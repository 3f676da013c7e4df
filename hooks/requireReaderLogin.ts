import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/**
 * An anonymous create gets a 401 that says logging in fixes it, rather than access's bare 403.
 * Only for calls that enforce access, so trusted server code is unaffected.
 */
export const requireReaderLogin =
  (message: string): CollectionBeforeOperationHook =>
  ({ args, operation, overrideAccess, req }) => {
    if (operation === 'create' && !req.user && !overrideAccess) throw new APIError(message, 401)
    return args
  }
