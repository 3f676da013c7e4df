import type { PayloadRequest } from 'payload'

import { returnsToQueue } from '../moderation/reportThreshold'
import { getOptions } from '../options'

/**
 * Recounts a comment's reports from the reports table and stores the count on the comment; an
 * approved comment whose new reports reach the threshold goes back to `pending` (the moderation
 * queue). Runs in the report's own request and transaction, and counts rather than increments, so
 * the stored count is always what the table held at that moment.
 */
export async function applyReports(req: PayloadRequest, commentId: number | string): Promise<void> {
  const { slugs, moderation } = getOptions(req)
  const comment = (await req.payload.findByID({
    collection: slugs.comments,
    id: commentId,
    depth: 0,
    select: { status: true, reportCount: true, reportsReviewed: true },
    disableErrors: true,
    req,
  })) as { status?: string; reportCount?: number | null; reportsReviewed?: number | null } | null
  if (!comment) return
  const { totalDocs: reportCount } = await req.payload.count({
    collection: slugs.commentReports,
    where: { comment: { equals: commentId } },
    req,
  })
  const state = {
    status: comment.status ?? 'pending',
    reportCount,
    reportsReviewed: Math.min(comment.reportsReviewed ?? 0, reportCount),
  }
  const data: Record<string, unknown> = { reportCount }
  if (state.reportsReviewed !== (comment.reportsReviewed ?? 0)) {
    data.reportsReviewed = state.reportsReviewed
  }
  if (returnsToQueue(state, moderation.reportThreshold)) data.status = 'pending'
  if (data.status === undefined && reportCount === (comment.reportCount ?? 0)) return

  const previous = req.context.isReportModeration
  req.context.isReportModeration = true
  try {
    await req.payload.update({
      collection: slugs.comments,
      id: commentId,
      data,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    req.context.isReportModeration = previous
  }
}
