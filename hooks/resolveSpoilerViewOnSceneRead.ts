import type { CollectionBeforeOperationHook, SelectType } from 'payload'

import { getOptions } from '../src/options'
import { ensureSpoilerView } from '../src/spoilerGlue/requestView'
import { keepSceneFacts } from '../src/spoilerGlue/withholdScene'

/**
 * Before a scene read over REST or GraphQL (or a scene populated into an article), decides the
 * request's spoiler view as article reads do (`?watched[…]`, `?spoilers`, the `Showrunner-*`
 * headers, saved progress, `?previewAsReader`), unless an earlier read of the request did.
 * A `select` keeps the drama and episode, which `withholdSceneDescriptions` judges by.
 */
export const resolveSpoilerViewOnSceneRead: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'read' || !getOptions(req).isEnabled) return args
  const view = req.payloadAPI === 'local' ? req.context.spoilerView : await ensureSpoilerView(req)
  if (!view || view.mode === 'full') return args
  const { select } = args as { select?: SelectType }
  return select ? { ...args, select: keepSceneFacts(select) } : args
}
