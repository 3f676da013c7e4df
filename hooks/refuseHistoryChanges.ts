import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

/**
 * History is append-only. Access already closes every route; this also stops trusted Local API code
 * from rewriting an entry, or from forging one outside the workflow service.
 */
export const refuseHistoryChanges: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'update') throw new APIError('Workflow history cannot be changed.', 403)
  if (!req.context.isWorkflowHistoryWrite) {
    throw new APIError('Workflow history is written only by workflow actions.', 403)
  }
  return data
}
