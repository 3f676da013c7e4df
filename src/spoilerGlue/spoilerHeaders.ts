import { APIError } from 'payload'

import type { WatchedEntry } from './readerProgress'

/**
 * Request headers that carry the spoiler parameters for clients that cannot add query parameters:
 * `@payloadcms/sdk` builds its query string from a fixed list of keys and drops the rest, but it
 * passes a `RequestInit` (and so headers) through on every call.
 */
export const WATCHED_HEADER = 'showrunner-watched'
export const SPOILERS_HEADER = 'showrunner-spoilers'
/** `true`: staff see what a reader sending the same progress sees (`?previewAsReader=true`). */
export const PREVIEW_HEADER = 'showrunner-preview-as-reader'

const USAGE = `Give progress as '${WATCHED_HEADER}: <drama slug or id>=<last episode watched>, …'.`

/** `secretary-kim=5, 12=3` → watched entries; anything else is refused with a 400. */
export function watchedFromHeader(value: string | null): WatchedEntry[] {
  if (value === null || value.trim() === '') return []
  return value.split(',').map((part) => {
    const match = /^\s*([^=\s,]+)\s*=\s*(\S*)\s*$/.exec(part)
    if (!match)
      throw new APIError(`Unreadable '${part.trim()}' in ${WATCHED_HEADER}. ${USAGE}`, 400)
    return { drama: decodeURIComponent(match[1]), episode: match[2] }
  })
}

/**
 * The `spoilers` mode from the query string and the header; both may be given only if they agree,
 * so a client's default header never silently loses to (or overrides) a link's parameter.
 */
export function spoilersFrom(query: string | null, header: string | null): string | null {
  const fromHeader = header?.trim() || null
  if (query !== null && fromHeader !== null && query !== fromHeader) {
    throw new APIError(
      `spoilers=${query} and ${SPOILERS_HEADER}: ${fromHeader} disagree; give one of them.`,
      400,
    )
  }
  return query ?? fromHeader
}
