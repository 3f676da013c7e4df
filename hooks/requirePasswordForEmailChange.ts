import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { verifyPassword } from '../src/auth/verifyPassword'

const sameAddress = (a: unknown, b: unknown) =>
  String(a ?? '')
    .trim()
    .toLowerCase() ===
  String(b ?? '')
    .trim()
    .toLowerCase()

/**
 * Changing one's own e-mail address takes the current password (`currentPassword`): the address
 * is where password resets go, so a stolen session must not be able to redirect them. Admins
 * changing someone else's address are exempt, as is trusted server code without a user. The
 * password is checked, then dropped from the data: it is never stored.
 */
export const requirePasswordForEmailChange: CollectionBeforeValidateHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const { currentPassword } = data
  delete data.currentPassword
  if (operation !== 'update' || !originalDoc || !req.user) return data
  if (!('email' in data) || sameAddress(data.email, originalDoc.email)) return data
  const isSelf =
    req.user.collection === collection.slug && String(req.user.id) === String(originalDoc.id)
  if (!isSelf) return data

  if (typeof currentPassword !== 'string' || currentPassword === '') {
    throw new APIError(
      'To change your e-mail address, send your current password as currentPassword.',
      403,
    )
  }
  const stored = await req.payload.db.findOne<{
    id: number | string
    hash?: unknown
    salt?: unknown
  }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (!(await verifyPassword(currentPassword, stored))) {
    throw new APIError(
      'The current password is not correct: the e-mail address was not changed.',
      403,
    )
  }
  return data
}
