import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/** History entries go only together with their article (see `deleteArticleHistory`). */
export const refuseHistoryDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  if (!req.context.isWorkflowHistoryCascade) {
    throw new APIError('Workflow history cannot be deleted.', 403)
  }
}
