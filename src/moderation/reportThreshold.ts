/** A comment's moderation facts that readers' reports move. */
export type ReportState = {
  status: string
  /** Reports on the comment now. */
  reportCount: number
  /** Reports a moderator had seen when they last approved it. */
  reportsReviewed: number
}

/**
 * Whether an approved comment goes back to the moderation queue: once the reports made since a
 * moderator last approved it reach `threshold`. Reports a moderator has already weighed do not
 * count again, so approving a reported comment keeps it up until new readers report it.
 */
export function returnsToQueue(state: ReportState, threshold: number): boolean {
  if (state.status !== 'approved') return false
  return state.reportCount - state.reportsReviewed >= threshold
}

/** The moderation actions the queue offers, and the status each sets. */
export const MODERATION_STATUSES = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
} as const

export type ModerationAction = keyof typeof MODERATION_STATUSES

export const isModerationAction = (value: unknown): value is ModerationAction =>
  typeof value === 'string' && Object.hasOwn(MODERATION_STATUSES, value)
