import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { applyReports } from '../src/moderationGlue/applyReports'
import { relationId } from '../src/relationId'

/** A new report updates its comment's count, and may send it back to the moderation queue. */
export const applyReportsAfterChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  const commentId = relationId(doc.comment)
  if (operation === 'create' && commentId !== null) await applyReports(req, commentId)
  return doc
}

/** A withdrawn report lowers its comment's count (it never re-approves a comment by itself). */
export const applyReportsAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const commentId = relationId(doc.comment)
  if (commentId !== null && !req.context.isReportCascade) await applyReports(req, commentId)
  return doc
}
