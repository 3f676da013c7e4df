import type { SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

import { relationId } from '../relationId'
import type { SpoilerView } from './types'
import { isWithheld } from './isWithheld'

/** The scene fields withholding reads: which drama and episode the scene is from. */
const FACTS = ['drama', 'episode'] as const

/**
 * A scene as this reader may see it: its description (what happens in that episode) left out when
 * the episode is beyond the reader's progress, by the same rule as an article's spoiler section
 * from that episode; `withheld` says so. Title, characters and still stay: a list of moments needs
 * them, and the description is where the story is told.
 */
export function withholdScene<T extends Record<string, unknown>>(
  doc: T,
  view: SpoilerView,
): T & { withheld?: boolean } {
  if (view.mode === 'full') return doc
  const episode = typeof doc.episode === 'number' ? doc.episode : null
  const withheld = isWithheld({ spoiler: true, drama: relationId(doc.drama), episode }, view)
  if (!withheld) return { ...doc, withheld: false }
  const result: Record<string, unknown> = { ...doc, withheld: true }
  if ('description' in doc) result.description = null
  return result as T & { withheld: boolean }
}

/**
 * A scene read's `select` with the drama and episode put back (include mode) or no longer left
 * out (exclude mode); an exclusion left empty means no `select` at all.
 */
export function keepSceneFacts(select: SelectType): SelectType | undefined {
  const copy: SelectType = { ...select }
  const isInclude = getSelectMode(select) === 'include'
  for (const field of FACTS) {
    if (isInclude) copy[field] = true
    else delete copy[field]
  }
  return Object.keys(copy).length > 0 ? copy : undefined
}
