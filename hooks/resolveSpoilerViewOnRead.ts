import type { CollectionBeforeOperationHook, SelectType } from 'payload'

import { getOptions } from '../src/options'
import { viewOfRequest } from '../src/spoilerGlue/requestView'
import { keepSpoilerTags } from '../src/spoilerGlue/withhold'

/**
 * Before an article read over REST or GraphQL, decides once per request how spoiler sections are
 * served (`withholdSpoilerSections` applies it): from `?watched[<drama>]=<episode>` and
 * `?spoilers=hide|show` (or the `Showrunner-*` headers), a logged-in reader's saved progress, and
 * staff's `?previewAsReader=true`. Validating here rather than per document means bad input is
 * refused even when the query matches no article. A `select` that leaves out the section tags gets
 * them back, or nothing could be withheld.
 */
export const resolveSpoilerViewOnRead: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'read' || !getOptions(req).isEnabled) return args
  // The custom GraphQL query, a Local API caller, or an earlier read of this request may have decided.
  if (!req.context.spoilerView && req.payloadAPI !== 'local') {
    const view = await viewOfRequest(req)
    // Assigned after the await: a nested Local API call replaces the `req.context` object.
    req.context.spoilerView = view
  }
  const view = req.context.spoilerView
  if (!view || view.mode === 'full') return args
  const { select } = args as { select?: SelectType }
  return select ? { ...args, select: keepSpoilerTags(select) } : args
}
