import type { CollectionSlug, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

import { passwordProblem } from '../src/auth/passwordPolicy'

type Args = { data?: Record<string, unknown>; id?: number | string }

/** The e-mail of the account whose password is being set, where there is one to compare with. */
async function accountEmail(
  req: PayloadRequest,
  collection: CollectionSlug,
  operation: string,
  { data, id }: Args,
): Promise<unknown> {
  if (typeof data?.email === 'string') return data.email
  const where: Where | null =
    operation === 'resetPassword' && typeof data?.token === 'string'
      ? { resetPasswordToken: { equals: data.token } }
      : operation === 'update' && id !== undefined
        ? { id: { equals: id } }
        : null
  if (!where) return undefined
  const account = await req.payload.db.findOne<{ id: number | string; email?: unknown }>({
    collection,
    where,
    req,
  })
  return account?.email
}

/**
 * The password policy of `src/auth/passwordPolicy.ts` on every route that sets a password: sign-up
 * and account creation, an update (the admin's "change password" too) and reset-password, over REST,
 * GraphQL, the admin and the Local API (the seed included). Payload's own check asks only for three
 * characters. Runs before the operation, so a refused password changes nothing.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const { data } = args as Args
  if (!data || typeof data !== 'object' || !('password' in data)) return args
  // An update with an empty password keeps the current one (Payload ignores it), as forms send.
  if (operation === 'update' && (data.password === '' || data.password === null)) return args
  const problem = passwordProblem(
    data.password,
    await accountEmail(req, collection.slug, operation, args as Args),
  )
  if (problem) {
    throw new APIError(problem, 400, { errors: [{ message: problem, path: 'password' }] }, true)
  }
  return args
}
