import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction, NotFound } from 'payload'

import { gateTransition } from '../checklistGlue/gateTransition'
import { queueJob, TASKS } from '../jobs/queueJob'
import { queueWorkflowNotifications } from '../notifications/queueWorkflowNotifications'
import { getOptions } from '../options'
import { planTransition, WorkflowError } from '../workflow'
import type { Actor, Assignee, Stage } from '../workflow'
import { busyError, toAPIError, WorkflowRefusal } from '../workflowGlue/workflowErrors'
import { appendHistory } from './workflowHistory'
import { claimRow, lostRaceError, releaseClaims } from '../workflowGlue/workflowClaim'
import type { WorkflowFields, WorkflowRow } from '../workflowGlue/workflowRow'
import {
  actorFromReq,
  articleRefOf,
  compareAndSet,
  fieldsAfter,
  readWorkflowRow,
  syncLatestVersion,
  toDbId,
} from '../workflowGlue/workflowRow'

type Id = number | string

export type TransitionRequest = {
  req: PayloadRequest
  id: Id
  /** Raw action name from the client; unknown names are a 400. */
  action: unknown
  note?: unknown
  /** Staff id to assign, `null` to clear, `undefined` to leave alone. */
  assignee?: unknown
  publishAt?: unknown
  expectedStage?: unknown
  /** Why recommended checklist rules may be passed (approve, publish); recorded in the history. */
  checklistNote?: unknown
  /** Defaults to the request's user; the scheduler passes `{ kind: 'system' }`. */
  actor?: Actor
}

export type TransitionResult = {
  /** The article before the transition. */
  row: WorkflowRow
  /** The workflow fields written. */
  fields: WorkflowFields
  /** Whether a version is live afterwards. */
  isLive: boolean
}

/**
 * Performs a workflow action on an article for a user or the scheduler: checks the rule, moves the
 * stage with a compare-and-set (exactly one of many concurrent requests wins, the others get 409),
 * writes the live version when publishing or unpublishing, appends history and queues e-mails,
 * webhooks and the scheduled publish, all in one transaction where the database has them.
 */
export async function applyTransition(input: TransitionRequest): Promise<TransitionResult> {
  const { req } = input
  const shouldCommit = await initTransaction(req)
  try {
    const result = await transition(input)
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    await releaseClaims(req)
    throw toAPIError(err)
  }
}

async function transition(input: TransitionRequest): Promise<TransitionResult> {
  const { req, id } = input
  const actor = input.actor ?? requireStaff(req)
  const row = await readVisibleRow(req, id, actor)
  if (row.busy) throw busyError()
  const now = new Date()
  const plan = planTransition({
    stage: row.stage,
    action: String(input.action ?? ''),
    actor,
    article: articleRefOf(row),
    note: typeof input.note === 'string' ? input.note : null,
    // The scheduler publishes at the stored time; a client's value only matters for `schedule`.
    publishAt:
      input.action === 'scheduled_publish'
        ? row.publishAt
        : typeof input.publishAt === 'string'
          ? input.publishAt
          : null,
    assignee: await resolveAssignee(req, input.assignee),
    expectedStage: typeof input.expectedStage === 'string' ? (input.expectedStage as Stage) : null,
    now,
  })
  const checklistOverride = await gateTransition({
    req,
    articleId: row.id,
    action: plan.action,
    actor,
    checklistNote: input.checklistNote,
  })
  const entry = checklistOverride ? { ...plan.historyEntry, checklistOverride } : plan.historyEntry
  const fields = fieldsAfter(req, row, plan, now)
  // Archiving takes whatever is live off the site, even when a revision was under way.
  const unpublishes = plan.unpublishes || (plan.action === 'archive' && row.isLive)

  if (plan.publishes || unpublishes) {
    // Claim the step first, then let Payload write the live version with the new stage. If that
    // write fails (say, the draft does not validate), the stage is untouched and the claim released.
    if (!(await claimRow(req, row, fields.workflowSeq))) throw await lostRaceError(req, row.id)
    await writeLiveVersion(req, row, fields, plan.publishes ? 'published' : 'draft')
  } else {
    if (!(await compareAndSet(req, row, fields))) throw await lostRaceError(req, row.id)
    await syncLatestVersion(req, row.id, fields)
  }

  await appendHistory(req, row.id, fields.workflowSeq, entry)
  if (plan.action === 'schedule' && fields.publishAt) {
    await queueJob(
      req,
      TASKS.scheduledPublish,
      { articleId: String(row.id) },
      new Date(fields.publishAt),
    )
  }
  await queueWorkflowNotifications(req, {
    articleId: row.id,
    title: row.title,
    entry,
    publishes: plan.publishes,
    unpublishes,
  })
  return { row, fields, isLive: plan.publishes || (row.isLive && !unpublishes) }
}

/** The caller as a workflow actor; readers and anonymous callers never act on the workflow. */
export function requireStaff(req: PayloadRequest): Actor {
  const actor = actorFromReq(req)
  if (actor) return actor
  if (!req.user) throw new WorkflowRefusal('Log in to use the editorial workflow.', 401)
  throw new WorkflowRefusal('Only staff can use the editorial workflow.', 403)
}

/**
 * The article's row, if the actor may see the article at all: someone else's unpublished draft is a
 * 404 for an author, as it is on every other route.
 */
export async function readVisibleRow(
  req: PayloadRequest,
  id: Id,
  actor: Actor,
): Promise<WorkflowRow> {
  const row = await readWorkflowRow(req, id)
  if (!row) throw new NotFound(req.t)
  if (actor.kind === 'user') {
    const { totalDocs } = await req.payload.count({
      collection: getOptions(req).slugs.articles,
      where: { id: { equals: row.id } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (totalDocs === 0) throw new NotFound(req.t)
  }
  return row
}

async function resolveAssignee(
  req: PayloadRequest,
  value: unknown,
): Promise<Assignee | null | undefined> {
  if (value === undefined) return undefined
  if (value === null || value === '') return null
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new WorkflowError('ASSIGNEE_REQUIRED')
  }
  const staff = await req.payload
    .findByID({
      collection: getOptions(req).slugs.authors,
      id: toDbId(req, value),
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!staff) throw new WorkflowError('ASSIGNEE_NOT_STAFF', `No staff member has the id ${value}`)
  return { id: String(staff.id), role: (staff as { role?: Assignee['role'] }).role ?? 'author' }
}

async function writeLiveVersion(
  req: PayloadRequest,
  row: WorkflowRow,
  fields: WorkflowFields,
  status: 'draft' | 'published',
): Promise<void> {
  const previous = req.context.workflowWrite
  req.context.workflowWrite = { articleId: String(row.id), fields }
  try {
    await req.payload.update({
      collection: getOptions(req).slugs.articles,
      id: row.id,
      data: { _status: status },
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    req.context.workflowWrite = previous
  }
}
