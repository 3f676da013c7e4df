import type { SpoilerVerdict } from './types'

/** Article-level spoiler summary: which dramas are spoiled and how far. */
export type SpoilerSummary = {
  hasSpoilers: boolean
  dramas: Array<{ drama: string; maxEpisode: number | null }>
}

/** Folds section verdicts into one entry per spoiled drama, in order of first appearance. */
export function summarizeSpoilers(verdicts: SpoilerVerdict[]): SpoilerSummary {
  const byDrama = new Map<string, number | null>()
  let hasSpoilers = false
  for (const v of verdicts) {
    if (!v.spoiler) continue
    hasSpoilers = true
    if (!v.drama) continue
    const current = byDrama.get(v.drama) ?? null
    const next = v.episode === null ? current : Math.max(current ?? 0, v.episode)
    byDrama.set(v.drama, next)
  }
  return {
    hasSpoilers,
    dramas: [...byDrama].map(([drama, maxEpisode]) => ({ drama, maxEpisode })),
  }
}

function joinNaturally(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * The reader-facing warning line, e.g. "Warning: spoilers below for What's Wrong with Secretary
 * Kim up to episode 12 and Fight for My Way"; an empty string when nothing is spoiled.
 */
export function spoilerWarning(summary: SpoilerSummary): string {
  if (!summary.hasSpoilers) return ''
  if (!summary.dramas.length) return 'Warning: spoilers below'
  const parts = summary.dramas.map(({ drama, maxEpisode }) =>
    maxEpisode === null ? drama : `${drama} up to episode ${maxEpisode}`,
  )
  return `Warning: spoilers below for ${joinNaturally(parts)}`
}
