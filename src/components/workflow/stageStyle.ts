import type { Stage } from '../../workflow'

/** Display names of the stages, for pills, filters and counts. */
export const STAGE_NAMES: Record<Stage, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
}

/** Button labels of the actions people take (the scheduler's own action has none). */
export const ACTION_NAMES: Record<string, string> = {
  submit: 'Submit for review',
  withdraw: 'Withdraw',
  request_changes: 'Request changes',
  approve: 'Approve',
  publish: 'Publish',
  schedule: 'Schedule',
  unschedule: 'Unschedule',
  unpublish: 'Unpublish',
  archive: 'Archive',
  restore: 'Restore',
  assign: 'Reassign',
  scheduled_publish: 'Published on schedule',
  revise: 'Started a revision',
}

export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && value in STAGE_NAMES

/** How long ago `since` was, briefly: "12 min", "5 h", "3 d". */
export function formatAge(since: string | null | undefined, now: Date = new Date()): string {
  if (!since) return '—'
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`
}
