import type { PayloadRequest } from 'payload'
import { NotFound } from 'payload'

import type { ChecklistReport } from '../checklist'
import { checklistOfArticle } from '../checklistGlue/checklistReport'
import { listNotes } from '../notesGlue/listNotes'
import { allowedActions, canReadWorkflow } from '../workflow'
import type { Action, Stage } from '../workflow'
import { toAPIError } from '../workflowGlue/workflowErrors'
import { listHistory } from './workflowHistory'
import type { WorkflowFields, WorkflowHistoryEntry, WorkflowRow } from '../workflowGlue/workflowRow'
import { actorFromReq, articleRefOf } from '../workflowGlue/workflowRow'
import { readVisibleRow, requireStaff } from './workflowTransition'

/** What the workflow endpoints answer: the article's workflow as the calling user sees it. */
export type WorkflowState = {
  id: number | string
  stage: Stage
  assignee: string | null
  publishAt: string | null
  /** A version of the article is on the site (Payload's `_status`), whatever the stage. */
  isLive: boolean
  allowedActions: Action[]
  history: WorkflowHistoryEntry[]
  /** The pre-publish checklist of the latest version; null when the checklist is off. */
  checklist: ChecklistReport | null
  /** The article's editorial notes the caller may read, oldest first (replies name their parent). */
  notes: Array<Record<string, unknown>>
}

/** The article's workflow for the request's user (404 if they cannot see the article). */
export async function readWorkflowState(
  req: PayloadRequest,
  id: number | string,
): Promise<WorkflowState> {
  try {
    const actor = requireStaff(req)
    const row = await readVisibleRow(req, id, actor)
    // Another author's article: a 404 as for one they cannot read, so nothing of its desk leaks.
    if (!canReadWorkflow(actor, articleRefOf(row))) throw new NotFound(req.t)
    return await stateOf(req, row)
  } catch (err) {
    throw toAPIError(err)
  }
}

/** The state of `row`, or of what a transition has just written over it. */
export async function stateOf(
  req: PayloadRequest,
  row: WorkflowRow,
  after?: { fields: WorkflowFields; isLive: boolean },
): Promise<WorkflowState> {
  const fields = after?.fields
  const stage = fields?.stage ?? row.stage
  const assignee = fields && fields.assignee !== undefined ? fields.assignee : row.assigneeId
  const publishAt = fields && fields.publishAt !== undefined ? fields.publishAt : row.publishAt
  const isLive = after?.isLive ?? row.isLive
  const actor = actorFromReq(req)
  return {
    id: row.id,
    stage,
    assignee: assignee === null || assignee === undefined ? null : String(assignee),
    publishAt: publishAt ?? null,
    isLive,
    allowedActions: actor ? allowedActions({ stage, actor, article: articleRefOf(row) }) : [],
    history: await listHistory(req, row.id),
    checklist: await checklistOfArticle(req, row.id),
    notes: await listNotes(req, row.id),
  }
}
