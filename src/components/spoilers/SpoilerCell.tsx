import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import './spoilers.scss'

type Summary = {
  hasSpoilers?: boolean | null
  dramas?: Array<{ title?: string | null; episode?: number | null }> | null
}

/** The articles list's "Spoilers" column: which dramas an article spoils, and how far. */
export function SpoilerCell({ cellData }: DefaultCellComponentProps) {
  const summary = (cellData ?? {}) as Summary
  if (!summary.hasSpoilers)
    return <span className="sr-spoiler-cell sr-spoiler-cell--none">None</span>
  const dramas = (summary.dramas ?? []).map((drama) =>
    drama.episode ? `${drama.title} (to ep. ${drama.episode})` : String(drama.title),
  )
  return <span className="sr-spoiler-cell">{dramas.length > 0 ? dramas.join('; ') : 'Yes'}</span>
}
