import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { isSystemCall, roleOf } from '../access/roles'

/**
 * Only admins change roles. Field access alone would drop the value silently and report success, so a
 * forbidden change is refused with a message. The very first account (no staff yet) becomes the admin.
 */
export const preventRoleEscalation: CollectionBeforeValidateHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  if (operation === 'create' && !req.user) {
    const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
    if (totalDocs === 0) return { ...data, role: 'admin' }
  }
  if (!('role' in data) || roleOf(req) === 'admin' || isSystemCall(req)) return data
  if (data.role !== (originalDoc?.role ?? 'author')) {
    throw new APIError('Only an admin can change a staff role.', 403)
  }
  return data
}
