import { APIError } from 'payload'

import { relationId } from '../relationId'
import type { SavedProgress } from './readerProgress'
import type { DramaCatalog, DramaEntry, Id } from './types'

/** The drama a reader names by slug or id (or as a populated document); unknown ones are a 400. */
export function dramaOfRef(catalog: DramaCatalog, ref: unknown, where: string): DramaEntry {
  const key = typeof ref === 'string' ? ref.trim() : String(relationId(ref) ?? '')
  const drama = catalog.bySlug.get(key) ?? catalog.byId.get(key)
  if (!drama) throw new APIError(`${where}: no drama has the slug or id '${key}'.`, 400)
  return drama
}

/** A saved row as the reader's profile stores it. */
export type ProgressRow = { id?: string | null; drama: Id; episode: number }

/**
 * The reader's saved progress with one drama set to `episode` (kept in place, or added last), or
 * removed when `episode` is null. Other dramas' rows are kept as they are, ids included.
 */
export function withDramaProgress(
  saved: SavedProgress | null | undefined,
  drama: Id,
  episode: number | null,
): ProgressRow[] {
  const rows: ProgressRow[] = []
  let isSet = false
  for (const row of saved ?? []) {
    const id = relationId(row.drama)
    if (id === null || typeof row.episode !== 'number') continue
    const kept = { id: (row as { id?: string | null }).id ?? null, drama: id, episode: row.episode }
    if (String(id) !== String(drama)) rows.push(kept)
    else if (episode !== null && !isSet) {
      rows.push({ ...kept, episode })
      isSet = true
    }
  }
  if (episode !== null && !isSet) rows.push({ drama, episode })
  return rows
}
