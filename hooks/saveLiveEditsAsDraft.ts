import type { CollectionBeforeOperationHook } from 'payload'

import { isTrustedWrite, workflowRowOfSave } from '../src/workflowGlue/workflowRow'
import { getOptions } from '../src/options'
import { WorkflowRefusal } from '../src/workflowGlue/workflowErrors'

type UpdateArgs = {
  id?: number | string
  data?: Record<string, unknown>
  draft?: boolean
}

/**
 * The live version of an article changes only through publish and unpublish. Any other edit of a
 * live article by a user is saved as a draft revision, which then goes through review while the
 * published version stays readable. A non-draft `_status: 'draft'` write (the admin's Unpublish) is
 * marked as an unpublish, for `enforceArticleWorkflow` to judge.
 */
export const saveLiveEditsAsDraft: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  // Trusted server code (seed, jobs) and the workflow's own writes decide for themselves.
  if (!getOptions(req).isEnabled || !req.user || isTrustedWrite(req)) return args
  if (operation === 'restoreVersion') {
    if (!(args as UpdateArgs).draft) {
      throw new WorkflowRefusal(
        'Restore versions as a draft: the restored text then goes through review like any edit.',
        409,
      )
    }
    return args
  }
  if (operation !== 'update') return args

  const { id, data = {}, draft } = args as UpdateArgs
  if (data._status === 'published') return args
  const isUnpublish = !draft && data._status === 'draft'
  if (id === undefined) {
    // A bulk update: each live document it touches is an unpublish, or becomes a revision.
    if (isUnpublish) req.context.workflowUnpublishIds = 'all'
    return isUnpublish ? args : { ...args, draft: true }
  }
  if (req.context.workflowWrite?.articleId === String(id)) return args
  const row = await workflowRowOfSave(req, id)
  if (!row?.isLive) return args
  if (isUnpublish) {
    const marked = req.context.workflowUnpublishIds
    req.context.workflowUnpublishIds = [...(Array.isArray(marked) ? marked : []), String(id)]
    return args
  }
  return { ...args, draft: true }
}
