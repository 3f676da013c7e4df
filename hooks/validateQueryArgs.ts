import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { findWhereProblems } from '../src/inputGuards/checkWhere'
import { isValidId } from '../src/inputGuards/idRules'
import { fieldsOfCollections, idRulesOf } from '../src/inputGuards/requestRules'

type Args = { id?: unknown; duplicateFromID?: unknown; where?: unknown; sort?: unknown }

const SORT_PATH = /^-?[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/

/**
 * Checks what a request asks for before Payload hands it to the database adapter, which would
 * fail on it with a 500: an id that cannot be one (`/api/articles/some-slug`, `__proto__`: 404 with
 * a hint), a `where` whose operator or value the field's type cannot take (400 naming it), a sort
 * on something that is not a path. Internal calls (`overrideAccess`) are trusted.
 */
export const validateQueryArgs: CollectionBeforeOperationHook = ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  if (overrideAccess === true) return args
  const { id, duplicateFromID, where, sort } = args as Args
  const ids = idRulesOf(req.payload)
  for (const value of [id, duplicateFromID]) {
    if (value !== undefined && value !== null && !isValidId(value, ids)) {
      const kind = ids.isNumeric ? 'numbers' : 'text'
      throw new APIError(
        `Not Found: ${collection.slug} ids are ${kind}; find a document by another field with ?where[field][equals]=…`,
        404,
      )
    }
  }
  if (where !== undefined && where !== null) {
    const problems = findWhereProblems(where, {
      fields: collection.flattenedFields,
      fieldsOf: fieldsOfCollections(req.payload),
      ids,
    })
    if (problems.length > 0) throw new APIError(`Invalid query: ${problems.join('; ')}.`, 400)
  }
  if (sort !== undefined && sort !== null) {
    const paths = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [sort]
    const bad = paths.find(
      (path) => typeof path !== 'string' || (path.trim() !== '' && !SORT_PATH.test(path.trim())),
    )
    if (bad !== undefined) {
      throw new APIError(
        `Invalid sort '${String(bad)}': name a field, '-' first for descending.`,
        400,
      )
    }
  }
  return args
}
