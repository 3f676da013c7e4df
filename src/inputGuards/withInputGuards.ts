import type { CollectionConfig } from 'payload'

import { refuseDeleteWhileReferenced } from '../../hooks/refuseDeleteWhileReferenced'
import { refuseOversizedLists } from '../../hooks/refuseOversizedLists'
import { refuseUnusableShapes } from '../../hooks/refuseUnusableShapes'
import { requireExistingRelations } from '../../hooks/requireExistingRelations'
import { validateQueryArgs } from '../../hooks/validateQueryArgs'

/**
 * Adds the input checks every collection shares, so that no request reaches the database with
 * input it would fail on: ids, `where` and `sort` first (before any other hook reads the
 * database), then values Payload's own field hooks fail on; list sizes before the collection's
 * own validation, related ids after it; and deletes of documents others still require.
 */
export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [validateQueryArgs, refuseUnusableShapes, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [
        refuseOversizedLists,
        ...(hooks.beforeValidate ?? []),
        requireExistingRelations,
      ],
      // First: nothing else may clean up for a delete that is then refused.
      beforeDelete: [refuseDeleteWhileReferenced, ...(hooks.beforeDelete ?? [])],
    },
  }
}
