import type { FieldAccess } from 'payload'

import type { CollectionKey } from '../src/options'
import { getOptions } from '../src/options'

/**
 * A field only the account itself may read. Ids repeat across the two auth collections (reader 1 and
 * staff member 1), so the caller must also come from this collection.
 */
export const fieldSelf =
  (key: CollectionKey): FieldAccess =>
  ({ req, doc, id }) => {
    if (!req.user || req.user.collection !== getOptions(req).slugs[key]) return false
    const docId = doc?.id ?? id
    return docId !== undefined && String(docId) === String(req.user.id)
  }
