import { EDIT_LOCKED_MESSAGES, WorkflowError } from './errors'
import { checkAction, isOwner } from './permissions'
import { AUTHOR_EDITABLE_STAGES, isAction, TRANSITIONS } from './stages'
import type { ActionContext, Actor, ArticleRef } from './permissions'
import type { Action, Role, Stage } from './stages'

export type Assignee = { id: string; role: Role }

export type TransitionInput = {
  stage: Stage
  /** Raw action name; anything unknown is a 400. */
  action: string
  actor: Actor
  article: ArticleRef
  note?: string | null
  /** For `schedule`, the requested time; for `scheduled_publish`, the article's stored time. */
  publishAt?: Date | string | null
  /** `undefined` = not given, `null` = clear the assignment. Only on submit and assign. */
  assignee?: Assignee | null
  /** The stage the client last saw; a mismatch means someone else moved the article. */
  expectedStage?: Stage | null
  now: Date
}

export type HistoryEntry = {
  action: Action
  from: Stage
  to: Stage
  /** User id, or 'scheduler' for the system actor. */
  by: string
  /** ISO timestamp. */
  at: string
  note: string | null
}

export type TransitionPlan = {
  from: Stage
  to: Stage
  action: Action
  note: string | null
  /** ISO string = set it, `null` = clear it (unschedule), `undefined` = leave it as it is. */
  publishAt: string | null | undefined
  /** Id = set it, `null` = clear it, `undefined` = leave it as it is. */
  assigneeId: string | null | undefined
  /** The article goes live with this transition. */
  publishes: boolean
  /** The article was live and no longer is (unpublish, or archive from published). */
  unpublishes: boolean
  historyEntry: HistoryEntry
}

export type EditCheck = { ok: true } | { ok: false; error: WorkflowError }

function parseDate(value: Date | string | null | undefined): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value !== 'string' || value.trim() === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function resolvePublishAt(action: Action, raw: TransitionInput['publishAt'], now: Date) {
  if (action === 'unschedule') return null
  if (action !== 'schedule' && action !== 'scheduled_publish') return undefined
  const date = parseDate(raw)
  if (action === 'schedule') {
    if (!date || date.getTime() <= now.getTime()) throw new WorkflowError('PUBLISH_AT_INVALID')
    return date.toISOString()
  }
  if (!date) throw new WorkflowError('PUBLISH_AT_INVALID', 'This article has no valid publish date')
  if (date.getTime() > now.getTime()) {
    throw new WorkflowError('NOT_DUE', `This article is not due until ${date.toISOString()}`)
  }
  return date.toISOString()
}

function resolveAssignee(action: Action, assignee: Assignee | null | undefined) {
  if (assignee === undefined) {
    if (action === 'assign') throw new WorkflowError('ASSIGNEE_REQUIRED')
    return undefined
  }
  if (action !== 'submit' && action !== 'assign') throw new WorkflowError('ASSIGNEE_NOT_ALLOWED')
  if (assignee === null) return null
  if (typeof assignee.id !== 'string' || assignee.id === '') {
    throw new WorkflowError('ASSIGNEE_REQUIRED')
  }
  if (assignee.role !== 'editor' && assignee.role !== 'admin') {
    throw new WorkflowError('ASSIGNEE_NOT_STAFF')
  }
  return assignee.id
}

/**
 * Decides what a workflow action does to an article, without touching storage. Throws a
 * WorkflowError (400 bad input, 403 not allowed, 409 wrong or stale stage) or returns the plan
 * the caller should apply, including the history entry to append.
 */
export function planTransition(input: TransitionInput): TransitionPlan {
  const { stage, action, actor, article, expectedStage, now } = input
  if (!isAction(action)) {
    throw new WorkflowError('UNKNOWN_ACTION', `Unknown workflow action "${String(action)}"`)
  }
  // Checked first: when the client's view is stale, its other choices may be stale too.
  if (expectedStage != null && expectedStage !== stage) {
    throw new WorkflowError(
      'STAGE_CONFLICT',
      `stage changed: expected ${expectedStage}, is ${stage}`,
    )
  }
  const refusal = checkAction({ stage, action, actor, article })
  if (refusal) throw refusal

  const note = typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null
  if (action === 'request_changes' && note === null) throw new WorkflowError('NOTE_REQUIRED')
  const publishAt = resolvePublishAt(action, input.publishAt, now)
  const assigneeId = resolveAssignee(action, input.assignee)

  const to = TRANSITIONS[action].to ?? stage
  return {
    from: stage,
    to,
    action,
    note,
    publishAt,
    assigneeId,
    publishes: to === 'published' && stage !== 'published',
    unpublishes: stage === 'published' && to !== 'published',
    historyEntry: {
      action,
      from: stage,
      to,
      by: actor.kind === 'system' ? 'scheduler' : actor.id,
      at: now.toISOString(),
      note,
    },
  }
}

/**
 * Whether `actor` may make a plain content update (no stage change) to the article. Editors and
 * admins may edit at any stage; authors only their own article while it is a draft or waiting
 * for changes. The system actor is trusted internal code and is never blocked.
 */
export function canEdit({ stage, actor, article }: ActionContext): EditCheck {
  if (actor.kind === 'system') return { ok: true }
  if (actor.role === 'editor' || actor.role === 'admin') return { ok: true }
  if (!isOwner(actor, article)) return { ok: false, error: new WorkflowError('NOT_OWN_ARTICLE') }
  if (AUTHOR_EDITABLE_STAGES.includes(stage)) return { ok: true }
  return {
    ok: false,
    error: new WorkflowError('NOT_EDITABLE', EDIT_LOCKED_MESSAGES[stage] ?? undefined),
  }
}
