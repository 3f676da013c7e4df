import type { CollectionBeforeOperationHook, PayloadRequest, SelectType } from 'payload'

import { isStaffRole, roleOf } from '../access/roles'
import { getOptions } from '../src/options'
import { getDramaCatalog } from '../src/spoilerGlue/dramaCatalog'
import type { SavedProgress, WatchedEntry } from '../src/spoilerGlue/readerProgress'
import { resolveSpoilerView, watchedFromSearchParams } from '../src/spoilerGlue/readerProgress'
import {
  SPOILERS_HEADER,
  spoilersFrom,
  WATCHED_HEADER,
  watchedFromHeader,
} from '../src/spoilerGlue/spoilerHeaders'
import type { SpoilerView } from '../src/spoilerGlue/types'
import { keepSpoilerTags } from '../src/spoilerGlue/withhold'

async function viewOfRequest(req: PayloadRequest): Promise<SpoilerView> {
  const params = req.payloadAPI === 'REST' ? req.searchParams : undefined
  // Headers serve clients that cannot add query parameters (the Payload SDK), over REST and GraphQL.
  const watched: WatchedEntry[] = [
    ...(params ? watchedFromSearchParams(params) : []),
    ...watchedFromHeader(req.headers.get(WATCHED_HEADER)),
  ]
  const spoilers = spoilersFrom(params?.get('spoilers') ?? null, req.headers.get(SPOILERS_HEADER))
  const role = roleOf(req)
  const saved = role === 'reader' ? ((req.user as { watched?: SavedProgress }).watched ?? []) : []
  // Most reads ask for nothing: no query for them.
  if (watched.length === 0 && spoilers === null && saved.length === 0) return { mode: 'full' }
  const catalog = await getDramaCatalog(req)
  return resolveSpoilerView({ catalog, watched, spoilers, saved, isStaff: isStaffRole(role) })
}

/**
 * Before an article read over REST or GraphQL, decides once per request how spoiler sections are
 * served (`withholdSpoilerSections` applies it): from `?watched[<drama>]=<episode>` and
 * `?spoilers=hide|show` (or the `Showrunner-Watched` / `Showrunner-Spoilers` headers), and a
 * logged-in reader's saved progress. Validating here rather than per
 * document means bad input is refused even when the query matches no article. A `select` that
 * leaves out the section tags gets them back, or nothing could be withheld.
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
