import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { findOversizedLists } from '../src/inputGuards/walkData'

/**
 * Every hasMany value and array is a row per item in SQL: 20,000 tags in one body overflow SQLite's
 * bound-variable limit mid-write (a 500 and, without transactions, a half-written document).
 * Refuse lists longer than the field's `maxRows` (default 200) before anything is written.
 */
export const refuseOversizedLists: CollectionBeforeValidateHook = ({ collection, data }) => {
  const problems = findOversizedLists(data, collection.flattenedFields)
  if (problems.length > 0) throw new APIError(`Too many values: ${problems.join('; ')}.`, 400)
  return data
}
