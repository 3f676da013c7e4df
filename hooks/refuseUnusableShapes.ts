import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { findUnusableShapes } from '../src/inputGuards/walkData'

/**
 * Refuses, before Payload's field hooks run, the values they and the adapter fail on with a 500
 * (`findUnusableShapes`): a 400 naming each field. The other type checks (`rejectWrongTypes`) run
 * later, after Payload's coercions.
 */
export const refuseUnusableShapes: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const problems = findUnusableShapes((args as { data?: unknown }).data, collection.flattenedFields)
  if (problems.length > 0) {
    throw new APIError(`Wrong type in ${collection.slug}: ${problems.join('; ')}.`, 400)
  }
  return args
}
