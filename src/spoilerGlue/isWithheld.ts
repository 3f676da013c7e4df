import { relationId } from '../relationId'
import type { SpoilerSectionRow, SpoilerView } from './types'

/**
 * Whether a section stays hidden from this reader. A spoiler section is shown only when the reader
 * has watched its drama up to its episode; one whose episode is unknown only once they finished
 * the drama; one about no known drama never.
 */
export function isWithheld(row: Partial<SpoilerSectionRow>, view: SpoilerView): boolean {
  if (!row.spoiler || view.mode === 'full') return false
  if (view.mode === 'hide') return true
  const dramaId = relationId(row.drama)
  if (dramaId === null) return true
  const watched = view.watched[String(dramaId)]
  if (watched === undefined) return true
  if (typeof row.episode === 'number') return row.episode > watched
  const total = view.totals[String(dramaId)]
  return typeof total !== 'number' || watched < total
}
