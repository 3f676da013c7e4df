import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isStaffRole, roleOf } from '../../access/roles'
import { getDramaCatalog } from './dramaCatalog'
import type { SavedProgress, WatchedEntry } from './readerProgress'
import { resolveSpoilerView, watchedFromSearchParams } from './readerProgress'
import {
  PREVIEW_HEADER,
  SPOILERS_HEADER,
  spoilersFrom,
  WATCHED_HEADER,
  watchedFromHeader,
} from './spoilerHeaders'
import type { SpoilerView } from './types'

/** The spoiler arguments a GraphQL query takes (REST reads them from the query string). */
export type SpoilerArgs = {
  watched?: WatchedEntry[] | null
  spoilers?: string | null
  previewAsReader?: boolean | null
}

export const PREVIEW_PARAM = 'previewAsReader'

/** `previewAsReader=true|false` (or `1|0`) as given; anything else is refused. */
export function parsePreviewFlag(value: string | null, from: string): boolean {
  if (value === null) return false
  const text = value.trim().toLowerCase()
  if (text === 'true' || text === '1') return true
  if (text === 'false' || text === '0' || text === '') return false
  throw new APIError(`${from} must be 'true' or 'false', not '${value}'.`, 400)
}

/**
 * How this request's reads serve spoilers, from every place a caller can say it: the query string
 * (REST), the `Showrunner-*` headers (REST and GraphQL), a GraphQL query's arguments, and a
 * logged-in reader's saved progress. Staff get the full text unless they ask to preview a reader's
 * view (`previewAsReader`): then they get exactly what an anonymous reader sending the same
 * progress gets. Bad input is a 400 for everyone.
 */
export async function viewOfRequest(
  req: PayloadRequest,
  args: SpoilerArgs = {},
): Promise<SpoilerView> {
  const params = req.payloadAPI === 'REST' ? req.searchParams : undefined
  const watched: WatchedEntry[] = [
    ...(params ? watchedFromSearchParams(params) : []),
    ...watchedFromHeader(req.headers.get(WATCHED_HEADER)),
    ...(args.watched ?? []),
  ]
  const given = [params?.get('spoilers') ?? null, args.spoilers ?? null].filter(
    (mode) => mode !== null,
  )
  if (given.length === 2 && given[0] !== given[1]) {
    throw new APIError(`spoilers=${given[0]} and spoilers: ${given[1]} disagree; give one.`, 400)
  }
  const spoilers = spoilersFrom(given[0] ?? null, req.headers.get(SPOILERS_HEADER))
  const isPreview =
    args.previewAsReader === true ||
    parsePreviewFlag(params?.get(PREVIEW_PARAM) ?? null, PREVIEW_PARAM) ||
    parsePreviewFlag(req.headers.get(PREVIEW_HEADER), PREVIEW_HEADER)
  const role = roleOf(req)
  const isStaff = isStaffRole(role) && !isPreview
  const saved = role === 'reader' ? ((req.user as { watched?: SavedProgress }).watched ?? []) : []
  // Most reads ask for nothing: no query for them.
  if (watched.length === 0 && spoilers === null && saved.length === 0) return { mode: 'full' }
  const catalog = await getDramaCatalog(req)
  return resolveSpoilerView({ catalog, watched, spoilers, saved, isStaff })
}

/**
 * The request's view, decided once: the first read (or query resolver) decides, later reads of the
 * same request reuse it. Assigned after the await: a nested Local API call replaces `req.context`.
 */
export async function ensureSpoilerView(
  req: PayloadRequest,
  args?: SpoilerArgs,
): Promise<SpoilerView> {
  if (req.context.spoilerView) return req.context.spoilerView
  const view = await viewOfRequest(req, args)
  req.context.spoilerView = view
  return view
}
