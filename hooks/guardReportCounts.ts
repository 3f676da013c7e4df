import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { isSystemCall } from '../access/roles'

const COUNTED = ['reportCount', 'reportsReviewed'] as const

/**
 * A comment's report counts are kept by the server from readers' reports: sending back what was
 * read is fine (the admin form does), any other value is refused. When a moderator approves a
 * comment, the reports so far count as weighed: only newer ones can send it back to the queue.
 */
export const guardReportCounts: CollectionBeforeValidateHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data || req.context.isReportModeration || isSystemCall(req)) return data
  for (const name of COUNTED) {
    const current = operation === 'create' ? 0 : (originalDoc?.[name] ?? 0)
    if (name in data && (data[name] ?? 0) !== current) {
      throw new APIError(`${name} is counted from readers' reports and cannot be set.`, 403)
    }
  }
  if (operation === 'update' && data.status === 'approved' && originalDoc?.status !== 'approved') {
    data.reportsReviewed = originalDoc?.reportCount ?? 0
  }
  return data
}
