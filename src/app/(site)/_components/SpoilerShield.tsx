'use client'

import type { ReactNode } from 'react'
import { useState } from 'react'

import { useProgress } from './progressStore'

type Props = {
  /** The section's drama (its id), episode and title, from the article's `spoilerSections` row. */
  dramaId: string | null
  dramaTitle: string | null
  episode: number | null
  /** The drama's episode count: a spoiler of an unknown episode shows once the drama is finished. */
  totalEpisodes: number | null
  children: ReactNode
}

// The same rule as the API's withholding (src/spoilerGlue/withhold.ts `isWithheld`).
function isWithheld(props: Props, watched: number | undefined): boolean {
  if (props.dramaId === null || watched === undefined) return true
  if (props.episode !== null) return props.episode > watched
  return props.totalEpisodes === null || watched < props.totalEpisodes
}

/**
 * A spoiler section: shown when the reader's progress covers it, else the placeholder with a
 * reveal button. It is a courtesy on a cached page: API clients that must not receive the text at
 * all ask the API with `watched`/`spoilers`.
 */
export function SpoilerShield(props: Props) {
  const progress = useProgress()
  const [isRevealed, setRevealed] = useState(false)
  const watched = props.dramaId === null ? undefined : progress?.[props.dramaId]
  if (isRevealed || !isWithheld(props, watched)) {
    return <div data-testid="spoiler-section">{props.children}</div>
  }
  const where = props.dramaTitle ? ` for ${props.dramaTitle}` : ''
  const episode = props.episode ? ` (episode ${props.episode})` : ''
  return (
    <div className="spoiler-shield" data-testid="spoiler-placeholder">
      <p>
        <em>
          Spoiler{where}
          {episode} hidden.
        </em>
      </p>
      <button type="button" onClick={() => setRevealed(true)}>
        Reveal spoiler
      </button>
    </div>
  )
}
