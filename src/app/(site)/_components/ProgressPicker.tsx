'use client'

import { setProgress, useProgress } from './progressStore'

type Drama = { id: string; title: string; episodes: number | null }

/** "I've watched up to episode …" per drama the article covers; spoilers past it stay shielded. */
export function ProgressPicker({ dramas }: { dramas: Drama[] }) {
  const progress = useProgress()
  if (dramas.length === 0) return null
  return (
    <aside className="progress-picker" data-testid="progress-picker">
      <strong>Your progress</strong>
      {dramas.map((drama) => (
        <label key={drama.id}>
          {drama.title}: watched up to episode{' '}
          <input
            type="number"
            min={0}
            max={drama.episodes ?? undefined}
            value={progress?.[drama.id] ?? ''}
            placeholder="none"
            data-drama={drama.id}
            onChange={(event) => {
              const value = event.target.value
              setProgress(drama.id, value === '' ? null : Math.max(0, Math.floor(Number(value))))
            }}
          />
        </label>
      ))}
    </aside>
  )
}
