import type { Access } from 'payload'

import type { CollectionKey } from '../src/options'
import { getOptions } from '../src/options'
import { roleOf } from './roles'

/**
 * Accounts: admins manage all of them; everyone else only their own. Ids are per collection (a reader
 * and an author can both be id 1), so "own" also requires the caller to come from this collection.
 */
export const updateSelfOrAdmin =
  (key: CollectionKey): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (roleOf(req) === 'admin') return true
    if (req.user.collection !== getOptions(req).slugs[key]) return false
    return { id: { equals: req.user.id } }
  }
