import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { findWhereProblems } from '../src/inputGuards/checkWhere'
import { isValidId } from '../src/inputGuards/idRules'
import { fieldsOfCollections, idRulesOf } from '../src/inputGuards/requestRules'

type Args = {
  id?: unknown
  duplicateFromID?: unknown
  where?: unknown
  sort?: unknown
  page?: unknown
  limit?: unknown
}

// PostgreSQL refuses a negative OFFSET or LIMIT, and an offset past a bigint.
const MAX_PAGE = 1_000_000

function checkPaging(page: unknown, limit: unknown): void {
  const isWhole = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
  if (page !== undefined && page !== null && !isWhole(page, 1, MAX_PAGE)) {
    throw new APIError(`Invalid page '${String(page)}': a whole number from 1 to ${MAX_PAGE}.`, 400)
  }
  if (limit !== undefined && limit !== null && !isWhole(limit, 0, Number.MAX_SAFE_INTEGER)) {
    throw new APIError(`Invalid limit '${String(limit)}': a whole number, 0 or more.`, 400)
  }
}

const SORT_PATH = /^-?[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/

/**
 * Checks what a request asks for before Payload hands it to the database adapter, which would
 * fail on it with a 500: an id that cannot be one (`/api/articles/some-slug`, `__proto__`: 404 with
 * a hint), a `where` whose operator or value the field's type cannot take (400 naming it), a sort
 * on something that is not a path, a page or limit below zero. Internal calls
 * (`overrideAccess`) are trusted.
 */
export const validateQueryArgs: CollectionBeforeOperationHook = ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  if (overrideAccess === true) return args
  const { id, duplicateFromID, where, sort, page, limit } = args as Args
  checkPaging(page, limit)
  const ids = idRulesOf(req.payload)
  // Payload parses a route's id with parseFloat (`/api/articles/1abc` reads article 1): judge the
  // id as the client wrote it.
  const routeId = id !== undefined ? req.routeParams?.id : undefined
  for (const value of [id, routeId, duplicateFromID]) {
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
