import type { PayloadRequest } from 'payload'

import type { CheckResult } from '../checklist'
import { GATED_ACTIONS, gateAction } from '../checklist'
import type { Actor } from '../workflow'
import { WorkflowRefusal } from '../workflowGlue/workflowErrors'
import { checklistOf, checklistOfArticle } from './checklistReport'

/** What the history records when an editor passes recommended rules with a note. */
export type ChecklistOverride = { rules: Array<Pick<CheckResult, 'id' | 'label'>>; note: string }

type Data = Record<string, unknown>

/**
 * Runs the checklist before `approve` or `publish` by a user (the scheduler publishes what was
 * approved): a 409 naming the failing rules, or the override to record with the transition.
 * `data` is the content being published when a native write carries it; otherwise the article's
 * latest version is checked.
 */
export async function gateTransition({
  req,
  articleId,
  action,
  actor,
  checklistNote,
  data,
}: {
  req: PayloadRequest
  articleId: number | string
  action: string
  actor: Actor
  checklistNote?: unknown
  data?: Data
}): Promise<ChecklistOverride | null> {
  if (actor.kind === 'system') return null
  if (!(GATED_ACTIONS as readonly string[]).includes(action)) return null
  const report = data ? await checklistOf(req, data) : await checklistOfArticle(req, articleId)
  if (!report) return null
  const decision = gateAction({
    action,
    report,
    note: typeof checklistNote === 'string' ? checklistNote : null,
  })
  if (decision.kind === 'pass') return null
  if (decision.kind === 'refuse') throw new WorkflowRefusal(decision.message, 409, decision.code)
  return {
    rules: decision.rules.map(({ id, label }) => ({ id, label })),
    note: decision.note,
  }
}
