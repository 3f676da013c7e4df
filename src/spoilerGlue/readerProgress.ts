import { APIError } from 'payload'

import { relationId } from '../relationId'
import type { DramaCatalog, SpoilerView } from './types'

/** One `watched` entry as the caller wrote it: a drama slug or id, and an episode. */
export type WatchedEntry = { drama: string; episode: unknown }

/** A reader's saved `watched` rows, as stored on their profile (drama as id or document). */
export type SavedProgress = Array<{ drama?: unknown; episode?: unknown }>

export const SPOILER_MODES = ['hide', 'show'] as const

const USAGE = 'Give progress as watched[<drama slug or id>]=<last episode watched>.'

/** `watched[<drama>]=<n>` entries of a query string; any other spelling of `watched` is refused. */
export function watchedFromSearchParams(params: URLSearchParams): WatchedEntry[] {
  const entries: WatchedEntry[] = []
  for (const [name, value] of params) {
    if (name !== 'watched' && !name.startsWith('watched[')) continue
    const match = /^watched\[([^[\]]+)\]$/.exec(name)
    if (!match) throw new APIError(`Unreadable '${name}'. ${USAGE}`, 400)
    entries.push({ drama: match[1], episode: value })
  }
  return entries
}

function parseEpisode(entry: WatchedEntry): number {
  const { episode } = entry
  const text = typeof episode === 'number' ? String(episode) : String(episode ?? '').trim()
  if (!/^\d+$/.test(text)) {
    throw new APIError(
      `watched[${entry.drama}] must be a whole number of episodes, not '${String(episode)}'.`,
      400,
    )
  }
  return Number(text)
}

/**
 * Checks `watched` entries against the known dramas: a whole number, a drama that exists (by slug
 * or id), an episode the drama has. Returns drama id → episode; refuses bad input with a 400.
 */
export function validateWatched(
  catalog: DramaCatalog,
  entries: WatchedEntry[],
): Map<string, number> {
  const progress = new Map<string, number>()
  for (const entry of entries) {
    const episode = parseEpisode(entry)
    const drama = catalog.bySlug.get(entry.drama) ?? catalog.byId.get(entry.drama)
    if (!drama) {
      throw new APIError(
        `watched[${entry.drama}]: no drama has the slug or id '${entry.drama}'.`,
        400,
      )
    }
    if (drama.episodes !== null && episode > drama.episodes) {
      throw new APIError(
        `watched[${entry.drama}]: ${drama.title} has ${drama.episodes} episodes, not ${episode}.`,
        400,
      )
    }
    progress.set(String(drama.id), episode)
  }
  return progress
}

export type ViewRequest = {
  catalog: DramaCatalog
  /** Progress given with this request (query string or GraphQL arguments). */
  watched: WatchedEntry[]
  /** `hide` withholds every spoiler section; `show` ignores saved progress. */
  spoilers?: string | null
  /** The logged-in reader's saved progress (`watched` on their profile). */
  saved?: SavedProgress | null
  /** Staff always read the full text. */
  isStaff: boolean
}

/**
 * Decides how spoiler sections are served: in full, all hidden, or against the reader's progress
 * (the request's `watched` entries override the saved ones drama by drama). Input is validated
 * for every caller, staff included, so a bad link fails the same way for everyone.
 */
export function resolveSpoilerView(request: ViewRequest): SpoilerView {
  const { catalog, spoilers } = request
  const mode = spoilers ?? ''
  if (mode !== '' && !SPOILER_MODES.includes(mode as (typeof SPOILER_MODES)[number])) {
    throw new APIError(`spoilers must be 'hide' or 'show', not '${mode}'.`, 400)
  }
  const given = validateWatched(catalog, request.watched)
  if (mode === 'show' && given.size > 0) {
    throw new APIError("spoilers=show shows everything; leave out watched[…] or 'show'.", 400)
  }
  if (request.isStaff || mode === 'show') return { mode: 'full' }
  if (mode === 'hide') return { mode: 'hide' }

  const watched: Record<string, number> = {}
  for (const row of request.saved ?? []) {
    const id = relationId(row.drama)
    // Saved progress was validated when saved; a drama deleted since is simply skipped.
    if (id !== null && catalog.byId.has(String(id)) && typeof row.episode === 'number') {
      watched[String(id)] = row.episode
    }
  }
  for (const [id, episode] of given) watched[id] = episode
  if (Object.keys(watched).length === 0) return { mode: 'full' }
  const totals = Object.fromEntries(
    catalog.dramas.map((drama) => [String(drama.id), drama.episodes]),
  )
  return { mode: 'progress', watched, totals }
}
