import type { FieldHook } from 'payload'
import { APIError } from 'payload'

import { isEditorRole, isSystemCall, roleOf } from '../access/roles'
import { relationId } from '../src/relationId'

const ids = (value: unknown): string =>
  (Array.isArray(value) ? value : []).map((item) => String(relationId(item))).join()

/**
 * Pinning and excluding similar articles is an editor's call. Field access would drop an author's
 * change silently and report success, so a change by anyone else is refused here, on the field,
 * where it runs ahead of that access check. Sending back the current value is fine.
 */
export const refuseSimilarPicksByNonEditors: FieldHook = ({ field, previousValue, req, value }) => {
  if (value === undefined || isEditorRole(roleOf(req)) || isSystemCall(req)) return value
  if (ids(value) !== ids(previousValue)) {
    const name = 'name' in field ? field.name : 'this field'
    throw new APIError(`Only editors can change ${name}.`, 403)
  }
  return value
}
