import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { limitsFor, readLimitProblem } from '../src/delivery/readLimits'
import { getOptions } from '../src/options'

/**
 * Refuses a REST read that asks for more than the plugin serves (depth, page size, "everything",
 * an embedded article with its own lists) with a 400 that names the limit, before any row is read.
 * It checks the client's query string rather than the operation's arguments: the plugin's own
 * hooks and Payload's relationship loader reuse the request for internal reads that legitimately
 * read unpaginated, and the Local API is never limited. Staff page with `staffMaxLimit`. GraphQL is bounded by a validation rule
 * (`src/delivery/graphqlBounds.ts`). Always on, like access rules, even with `enabled: false`.
 */
export const boundApiReads: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI !== 'REST' || (req.method !== 'GET' && req.method !== 'HEAD')) return args
  // Reads made for the server itself on the same request (the JWT strategy loading the caller,
  // before `req.user` is set) pass overrideAccess; refusing them would log the caller out.
  if ((args as { overrideAccess?: boolean }).overrideAccess === true) return args
  const { reads, slugs } = getOptions(req)
  const isStaff = req.user?.collection === slugs.authors
  const problem = readLimitProblem(
    (req.query ?? {}) as Record<string, unknown>,
    limitsFor(reads, isStaff),
    slugs.articles,
  )
  if (problem) throw new APIError(problem, 400)
  return args
}
