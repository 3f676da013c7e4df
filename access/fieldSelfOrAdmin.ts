import type { FieldAccess } from 'payload'

import type { CollectionKey } from '../src/options'
import { getOptions } from '../src/options'
import { roleOf } from './roles'

/** A field only the account itself and admins may read, such as an e-mail address. */
export const fieldSelfOrAdmin =
  (key: CollectionKey): FieldAccess =>
  ({ req, doc, id }) => {
    if (!req.user) return false
    if (roleOf(req) === 'admin') return true
    if (req.user.collection !== getOptions(req).slugs[key]) return false
    const docId = doc?.id ?? id
    return docId !== undefined && String(docId) === String(req.user.id)
  }
