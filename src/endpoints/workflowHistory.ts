import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import { staleStageError } from '../workflowGlue/workflowErrors'
import type { WorkflowHistoryEntry } from '../workflowGlue/workflowRow'
import { toDbId } from '../workflowGlue/workflowRow'

type Id = number | string

/**
 * Appends a history entry for the article's transition number `seq`. The entry's unique key makes a
 * second claim on the same step fail, whatever raced past the article's own compare-and-set.
 */
export async function appendHistory(
  req: PayloadRequest,
  articleId: Id,
  seq: number,
  entry: WorkflowHistoryEntry,
): Promise<void> {
  const previous = req.context.isWorkflowHistoryWrite
  req.context.isWorkflowHistoryWrite = true
  try {
    await req.payload.create({
      collection: getOptions(req).slugs.workflowEvents,
      data: {
        article: articleId,
        key: `${articleId}:${seq}`,
        seq,
        action: entry.action,
        from: entry.from,
        to: entry.to,
        by: entry.by,
        actor: entry.by === 'scheduler' ? null : toDbId(req, entry.by),
        at: entry.at,
        note: entry.note,
        checklistOverride: entry.checklistOverride ?? null,
        // `checklistOverride` is newer than the generated types.
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
  } catch (err) {
    if (isUniqueKeyError(err)) {
      throw staleStageError()
    }
    throw err
  } finally {
    req.context.isWorkflowHistoryWrite = previous
  }
}

function isUniqueKeyError(err: unknown): boolean {
  const data = (err as { data?: { errors?: Array<{ path?: string }> } }).data
  return Boolean(data?.errors?.some((error) => error.path === 'key'))
}

/** The article's history, oldest first, shaped `{ action, from, to, by, at, note }`. */
export async function listHistory(
  req: PayloadRequest,
  articleId: Id,
): Promise<WorkflowHistoryEntry[]> {
  const { docs } = await req.payload.find({
    collection: getOptions(req).slugs.workflowEvents,
    where: { article: { equals: articleId } },
    sort: 'seq',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => {
    const entry = doc as unknown as WorkflowHistoryEntry & { at: string; note?: string | null }
    const override = entry.checklistOverride
    return {
      action: entry.action,
      from: entry.from,
      to: entry.to,
      by: entry.by,
      at: new Date(entry.at).toISOString(),
      note: entry.note ?? null,
      ...(override ? { checklistOverride: override } : {}),
    }
  })
}
