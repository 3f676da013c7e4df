import type { CollectionAfterChangeHook } from 'payload'

import { appendHistory } from '../src/endpoints/workflowHistory'
import { queueWorkflowNotifications } from '../src/notifications/queueWorkflowNotifications'

/**
 * Records a transition made by a native write (Publish, Unpublish, a revision of a live article) once
 * the write has succeeded: the history entry, e-mails and webhooks, as the workflow service does.
 */
export const finishNativeTransition: CollectionAfterChangeHook = async ({ doc, req }) => {
  const key = String(doc.id)
  const marked = req.context.workflowUnpublishIds
  if (Array.isArray(marked)) req.context.workflowUnpublishIds = marked.filter((id) => id !== key)
  const pending = req.context.workflowPending?.[key]
  if (!pending) return doc
  delete req.context.workflowPending![key]
  await appendHistory(req, doc.id, pending.seq, pending.entry)
  await queueWorkflowNotifications(req, {
    articleId: doc.id,
    title: typeof doc.title === 'string' ? doc.title : pending.title,
    entry: pending.entry,
    publishes: pending.publishes,
    unpublishes: pending.unpublishes,
  })
  return doc
}
