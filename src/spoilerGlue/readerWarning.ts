import { relationId } from '../relationId'
import type { SpoilerSectionRow, SpoilerView } from './types'
import { isWithheld } from './isWithheld'

type Row = Partial<SpoilerSectionRow>

function joinNaturally(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * The warning line for a reader whose progress is known: only the spoilers beyond it count, and
 * each drama says where the reader stopped, e.g. "Warning: spoilers below for What's Wrong with
 * Secretary Kim beyond episode 8 (up to episode 14)". Empty when nothing below goes past the
 * reader's progress; null when the view is not progress-based (the stored line stands).
 */
export function progressWarning(rows: Row[], view: SpoilerView): string | null {
  if (view.mode !== 'progress') return null
  const byDrama = new Map<string, { title: string; max: number | null }>()
  let hasUnattributed = false
  for (const row of rows) {
    if (!isWithheld(row, view)) continue
    const id = relationId(row.drama)
    if (id === null || !row.dramaTitle) {
      hasUnattributed = true
      continue
    }
    const entry = byDrama.get(String(id)) ?? { title: row.dramaTitle, max: null }
    if (typeof row.episode === 'number') entry.max = Math.max(entry.max ?? 0, row.episode)
    byDrama.set(String(id), entry)
  }
  const parts = [...byDrama].map(([id, { title, max }]) => {
    const watched = view.watched[id]
    const upTo = max === null ? '' : `up to episode ${max}`
    if (!watched) return upTo ? `${title} ${upTo}` : title
    return `${title} beyond episode ${watched}${upTo ? ` (${upTo})` : ''}`
  })
  if (parts.length > 0) return `Warning: spoilers below for ${joinNaturally(parts)}`
  return hasUnattributed ? 'Warning: spoilers below' : ''
}
