import type { CollectionBeforeValidateHook } from 'payload'

import { WORKFLOW_FIELD_NAMES } from '../collections/Articles/workflowFields'
import { isTrustedWrite, workflowRowOfSave } from '../src/workflowGlue/workflowRow'
import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import { busyError, WorkflowRefusal } from '../src/workflowGlue/workflowErrors'

const SERVICE = 'POST /api/articles/:id/workflow'

// Forms and clients send back what they read: null, '' and absent all mean "no value".
function normalise(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return normalise(relationId(value))
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return new Date(value).toISOString()
  }
  return String(value)
}

/**
 * The workflow fields (stage, assignee, publishAt, ...) change only through workflow actions. Field
 * access would drop a forged value silently and report success, so a write that tries to change
 * them is refused with a message. Sending back the current values (as the admin form does) is fine;
 * values from a stale form mean the article moved on, which is a conflict.
 */
export const rejectWorkflowFieldWrites: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data || !getOptions(req).isEnabled || isTrustedWrite(req)) return data
  if (req.context.isRestoringVersion) return data
  const offered = WORKFLOW_FIELD_NAMES.filter((name) => name in data)
  if (offered.length === 0) return data

  if (operation === 'create') {
    const defaults: Record<string, string | null> = { stage: 'draft', workflowSeq: '0' }
    const forged = offered.filter((name) => normalise(data[name]) !== (defaults[name] ?? null))
    if (forged.length > 0) {
      throw new WorkflowRefusal(
        `New articles start as drafts: ${forged.join(', ')} can only be set by workflow actions (${SERVICE}).`,
        403,
      )
    }
    return data
  }

  const id = originalDoc?.id
  if (id === undefined || req.context.workflowWrite?.articleId === String(id)) return data
  const row = await workflowRowOfSave(req, id)
  // A publish or unpublish is writing: whatever this write carries was read before it.
  if (row?.busy) throw busyError()
  // Rows older than the workflow carry no values to compare; their first transition stores them.
  if (!row?.isStored) return data
  const current: Record<string, unknown> = {
    stage: row.stage,
    assignee: row.assigneeId,
    publishAt: row.publishAt,
    stageChangedAt: row.stageChangedAt,
    workflowSeq: row.seq,
  }
  const changed = offered.filter((name) => normalise(data[name]) !== normalise(current[name]))
  if (changed.length > 0) {
    throw new WorkflowRefusal(
      `${changed.join(', ')} changed only by workflow actions (${SERVICE}). If you loaded this article ` +
        'before someone else moved it on, reload it.',
      409,
    )
  }
  return data
}
