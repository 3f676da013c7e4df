import type { FieldHook } from 'payload'
import { APIError } from 'payload'

import { roleOf } from '../access/roles'

/**
 * Only admins change staff roles. The role field's update access would drop a forbidden value and
 * report success, and Payload applies it before any collection hook sees the data, so the refusal
 * lives on the field itself, where it runs ahead of that access check.
 */
export const preventRoleEscalation: FieldHook = ({
  field,
  overrideAccess,
  previousValue,
  req,
  value,
}) => {
  if (overrideAccess || roleOf(req) === 'admin') return value
  const current = previousValue ?? ('defaultValue' in field ? field.defaultValue : undefined)
  if (value !== undefined && value !== current) {
    throw new APIError('Only an admin can change a staff role.', 403)
  }
  return value
}
