import type { FieldHook } from 'payload'

import { getDramaCatalog } from '../src/spoilerGlue/dramaCatalog'
import { dramaOfRef } from '../src/spoilerGlue/savedProgress'

/**
 * A reader's saved progress names its drama by id or, as in `?watched[<slug>]=…`, by slug: the
 * slug is turned into the drama's id before validation. A drama that does not exist is a 400
 * naming it, and nothing is saved.
 */
export const acceptDramaSlug: FieldHook = async ({ req, value }) => {
  if (value === null || value === undefined) return value
  const drama = dramaOfRef(await getDramaCatalog(req), value, 'watched')
  return drama.id
}
