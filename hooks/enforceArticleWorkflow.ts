import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { busyError, toAPIError, WorkflowRefusal } from '../src/workflowGlue/workflowErrors'
import type {
  PendingTransition,
  WorkflowFields,
  WorkflowRow,
} from '../src/workflowGlue/workflowRow'
import {
  actorFromReq,
  articleRefOf,
  compareAndSet,
  fieldsAfter,
  fieldsOf,
  isTrustedWrite,
  workflowRowOfSave,
} from '../src/workflowGlue/workflowRow'
import { gateTransition } from '../src/checklistGlue/gateTransition'
import { claimRow, lostRaceError } from '../src/workflowGlue/workflowClaim'
import { getOptions } from '../src/options'
import { canEdit, checkAction, planTransition } from '../src/workflow'
import type { Actor } from '../src/workflow'

type Data = Record<string, unknown>

/**
 * Every write of an article answers to the workflow, whatever the route (REST, GraphQL, admin, Local
 * API with a user):
 * - `_status: 'published'` (the admin's Publish button) is the `publish` action: authors never,
 *   editors only on an approved article; a marked unpublish is the `unpublish` action;
 * - any other edit is a content change: authors only on their own draft or changes-requested article
 *   (409 with the reason otherwise); an edit of a live, published article starts a revision (stage
 *   back to draft while the live version stays up);
 * - the workflow fields always carry the stored values, never the client's.
 * Native transitions claim their step with a compare-and-set here; `finishNativeTransition` records
 * them once the write has succeeded.
 */
export const enforceArticleWorkflow: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!getOptions(req).isEnabled) return data
  if (operation === 'create') return onCreate(req, data)

  const id = originalDoc?.id
  const write = req.context.workflowWrite
  if (write && write.articleId === String(id)) return { ...data, ...write.fields }
  const row = id === undefined ? null : await workflowRowOfSave(req, id, { forget: true })
  if (!row) return data
  if (isTrustedWrite(req)) return onTrustedUpdate(req, row, data)

  const actor = actorFromReq(req)
  if (!actor) throw new WorkflowRefusal('Only staff can change articles.', 403)
  // The stage is about to move (a publish or unpublish is writing): this edit was judged on it.
  if (row.busy) throw busyError()
  const status = req.context.isRestoringVersion ? 'draft' : data._status
  try {
    if (status === 'published') {
      return await claimNative(req, row, actor, 'publish', data, { ...originalDoc, ...data })
    }
    const marked = req.context.workflowUnpublishIds
    if (row.isLive && (marked === 'all' || marked?.includes(String(row.id)))) {
      return await claimNative(req, row, actor, 'unpublish', data)
    }
    const check = canEdit({ stage: row.stage, actor, article: articleRefOf(row) })
    if (!check.ok) throw check.error
    if (row.stage === 'published' && row.isLive) return await startRevision(req, row, actor, data)
    return { ...data, ...fieldsOf(req, row) }
  } catch (err) {
    throw toAPIError(err)
  }
}

function onCreate(req: PayloadRequest, data: Data): Data {
  const now = new Date().toISOString()
  if (isTrustedWrite(req)) {
    // The seed and imports may create live articles: their stage says so (`data.stage` already
    // holds the field's default here, so it cannot tell us whether the caller chose it).
    const stage = data._status === 'published' ? 'published' : (data.stage ?? 'draft')
    return { ...data, stage, stageChangedAt: data.stageChangedAt ?? now, workflowSeq: 0 }
  }
  const actor = actorFromReq(req)
  if (data._status === 'published' && actor) {
    const refusal = checkAction({
      stage: 'draft',
      action: 'publish',
      actor,
      article: { authorId: actor.kind === 'user' ? actor.id : null },
    })
    if (refusal) throw toAPIError(refusal)
  }
  return {
    ...data,
    stage: 'draft',
    stageChangedAt: now,
    workflowSeq: 0,
    assignee: null,
    publishAt: null,
  }
}

function onTrustedUpdate(req: PayloadRequest, row: WorkflowRow, data: Data): Data {
  // Trusted code may set workflow fields itself; otherwise they keep their stored values, except
  // that publishing (the seed does) makes the stage say so.
  const fields: Data = { ...fieldsOf(req, row) }
  if (data._status === 'published' && row.stage !== 'published') {
    fields.stage = 'published'
    fields.workflowSeq = row.seq + 1
    fields.stageChangedAt = new Date().toISOString()
  }
  return { ...fields, ...data }
}

async function claimNative(
  req: PayloadRequest,
  row: WorkflowRow,
  actor: Actor,
  action: 'publish' | 'unpublish',
  data: Data,
  content?: Data,
): Promise<Data> {
  const now = new Date()
  const plan = planTransition({
    stage: row.stage,
    action,
    actor,
    article: articleRefOf(row),
    now,
  })
  // The content being published must pass the checklist (a note needs the workflow endpoint).
  if (content) await gateTransition({ req, articleId: row.id, action, actor, data: content })
  const fields = fieldsAfter(req, row, plan, now)
  // A claim, not the stage: if validation or the write fails after this, the stage has not moved
  // and `releaseWorkflowClaims` gives the step back.
  if (!(await claimRow(req, row, fields.workflowSeq))) throw await lostRaceError(req, row.id)
  remember(req, row, fields, {
    entry: plan.historyEntry,
    publishes: plan.publishes,
    unpublishes: action === 'unpublish',
  })
  return { ...data, ...fields }
}

async function startRevision(
  req: PayloadRequest,
  row: WorkflowRow,
  actor: Actor,
  data: Data,
): Promise<Data> {
  const now = new Date()
  const fields: WorkflowFields = {
    ...fieldsOf(req, row),
    stage: 'draft',
    workflowSeq: row.seq + 1,
    stageChangedAt: now.toISOString(),
  }
  // This save is a draft: Payload leaves the main row alone, so the stage is moved here.
  await claimStep(req, row, fields)
  const by = actor.kind === 'user' ? actor.id : 'scheduler'
  remember(req, row, fields, {
    entry: {
      action: 'revise',
      from: 'published',
      to: 'draft',
      by,
      at: now.toISOString(),
      note: null,
    },
    publishes: false,
    unpublishes: false,
  })
  return { ...data, ...fields }
}

async function claimStep(req: PayloadRequest, row: WorkflowRow, data: Partial<WorkflowFields>) {
  if (!(await compareAndSet(req, row, data))) throw await lostRaceError(req, row.id)
}

function remember(
  req: PayloadRequest,
  row: WorkflowRow,
  fields: WorkflowFields,
  transition: Omit<PendingTransition, 'seq' | 'title'>,
) {
  req.context.workflowPending = {
    ...req.context.workflowPending,
    [String(row.id)]: { ...transition, seq: fields.workflowSeq, title: row.title },
  }
}
