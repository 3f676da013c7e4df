import type { CollectionBeforeDeleteHook } from 'payload'

import { getOptions } from '../src/options'

/** A comment's reports go with it (they would otherwise block the delete). */
export const deleteCommentReports: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const previous = req.context.isReportCascade
  req.context.isReportCascade = true
  try {
    await req.payload.delete({
      collection: getOptions(req).slugs.commentReports,
      where: { comment: { equals: id } },
      overrideAccess: true,
      depth: 0,
      req,
    })
  } finally {
    req.context.isReportCascade = previous
  }
}
