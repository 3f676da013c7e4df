export const STAGES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const

export type Stage = (typeof STAGES)[number]

export const ROLES = ['admin', 'editor', 'author'] as const

export type Role = (typeof ROLES)[number]

export const ACTIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'archive',
  'restore',
  'assign',
  'scheduled_publish',
] as const

export type Action = (typeof ACTIONS)[number]

/**
 * Who may perform an action: a staff role, `owner` (the article's author, whatever their role —
 * an editor who wrote a piece may withdraw it too) or `system` (the scheduler).
 */
export type Performer = Role | 'owner' | 'system'

/** `to: null` means the action leaves the stage alone (assign). */
export type Transition = {
  from: readonly Stage[]
  to: Stage | null
  by: readonly Performer[]
}

const STAFF = ['editor', 'admin'] as const

// Archiving a scheduled article would leave the scheduler holding a job for something archived,
// so it has to be unscheduled first; archived → archived is not a transition.
const ARCHIVABLE = STAGES.filter((stage) => stage !== 'scheduled' && stage !== 'archived')

/** The transition table. Rules that need more than data (self-approval, inputs) live in code. */
export const TRANSITIONS: Record<Action, Transition> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', by: ['owner', ...STAFF] },
  withdraw: { from: ['in_review'], to: 'draft', by: ['owner'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', by: STAFF },
  approve: { from: ['in_review'], to: 'approved', by: STAFF },
  publish: { from: ['approved'], to: 'published', by: STAFF },
  schedule: { from: ['approved'], to: 'scheduled', by: STAFF },
  unschedule: { from: ['scheduled'], to: 'approved', by: STAFF },
  unpublish: { from: ['published'], to: 'draft', by: STAFF },
  archive: { from: ARCHIVABLE, to: 'archived', by: STAFF },
  restore: { from: ['archived'], to: 'draft', by: STAFF },
  assign: { from: STAGES.filter((stage) => stage !== 'archived'), to: null, by: STAFF },
  scheduled_publish: { from: ['scheduled'], to: 'published', by: ['system'] },
}

/** Stages in which an author may still change their own article's content. */
export const AUTHOR_EDITABLE_STAGES: readonly Stage[] = ['draft', 'changes_requested']

/** Human wording of each stage, for messages ("it is in review"). */
export const STAGE_LABELS: Record<Stage, string> = {
  draft: 'a draft',
  in_review: 'in review',
  changes_requested: 'waiting for changes',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  archived: 'archived',
}

/** Verb phrase of each action, for messages ("Only editors and admins can publish this article"). */
export const ACTION_VERBS: Record<Action, string> = {
  submit: 'submit',
  withdraw: 'withdraw',
  request_changes: 'request changes on',
  approve: 'approve',
  publish: 'publish',
  schedule: 'schedule',
  unschedule: 'unschedule',
  unpublish: 'unpublish',
  archive: 'archive',
  restore: 'restore',
  assign: 'reassign',
  scheduled_publish: 'auto-publish',
}

/** Narrows a raw string (e.g. from a request body) to a known action. */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)
}
