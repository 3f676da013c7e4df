import type { CollectionBeforeOperationHook } from 'payload'

import { spendPasswordHashTime } from '../src/accountGlue/passwordHashCost'

/**
 * A login for an e-mail without an account takes as long as a wrong password: Payload answers both
 * with the same 401 and message, but skips the password hash when it finds no account, and the
 * time alone would tell which e-mails exist.
 */
export const equalizeLoginTime: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { data } = args as { data?: { email?: unknown; password?: unknown } }
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!email || typeof data?.password !== 'string' || !data.password) return args
  const account = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  if (!account) await spendPasswordHashTime(data.password)
  return args
}
