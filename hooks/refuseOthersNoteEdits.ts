import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { isEditorRole, isSystemCall, roleOf } from '../access/roles'
import { relationId } from '../src/relationId'

/**
 * Anyone who can read a note may resolve or reopen it, but its words and anchor are its author's:
 * another author changing them gets a 403 (editors may, to tidy a thread).
 */
export const refuseOthersNoteEdits: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || isSystemCall(req) || isEditorRole(roleOf(req))) return data
  if (String(relationId(originalDoc?.author)) === String(req.user?.id)) return data
  const changed = (['body', 'anchor'] as const).filter(
    (name) => name in data && (data[name] ?? null) !== (originalDoc?.[name] ?? null),
  )
  if (changed.length > 0) {
    throw new APIError(
      `Only the note’s author or an editor can change its ${changed.join(' and ')}; reply instead.`,
      403,
    )
  }
  return data
}
