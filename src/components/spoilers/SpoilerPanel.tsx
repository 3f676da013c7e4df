'use client'
import type { ArrayFieldClientComponent, FormState } from 'payload'
import { SelectInput, useField, useFormFields } from '@payloadcms/ui'
import React from 'react'

import './spoilers.scss'

type Row = {
  index: number
  key: string
  heading: string | null
  spoiler: boolean
  detected: boolean
  score: number | null
  dramaTitle: string | null
  episode: number | null
  reasons: string[]
}

const OVERRIDES = [
  { value: 'auto', label: 'Auto (detector)' },
  { value: 'spoiler', label: 'Spoiler' },
  { value: 'safe', label: 'Not a spoiler' },
]

function readRows(fields: FormState, path: string): Row[] {
  const state = fields[path]
  const count = state?.rows?.length ?? (typeof state?.value === 'number' ? state.value : 0)
  const value = (index: number, name: string) => fields[`${path}.${index}.${name}`]?.value
  return Array.from({ length: count }, (_, index) => ({
    index,
    key: String(value(index, 'key') ?? ''),
    heading: (value(index, 'heading') as string | null) ?? null,
    spoiler: value(index, 'spoiler') === true,
    detected: value(index, 'detected') === true,
    score: typeof value(index, 'score') === 'number' ? (value(index, 'score') as number) : null,
    dramaTitle: (value(index, 'dramaTitle') as string | null) ?? null,
    episode:
      typeof value(index, 'episode') === 'number' ? (value(index, 'episode') as number) : null,
    reasons: Array.isArray(value(index, 'reasons')) ? (value(index, 'reasons') as string[]) : [],
  }))
}

function label(row: Row): string {
  if (row.key === 'intro') return 'Intro'
  const kind = row.key.startsWith('item:') ? 'Item' : 'Body'
  return row.heading ? `${kind}: ${row.heading}` : kind
}

function OverrideControl({ path, row }: { path: string; row: Row }) {
  const overridePath = `${path}.${row.index}.override`
  const { value, setValue } = useField<string>({ path: overridePath })
  return (
    <div aria-label={`Override for ${label(row)}`} className="sr-spoiler-panel__override">
      <SelectInput
        isClearable={false}
        name={overridePath}
        onChange={(option) =>
          setValue(
            option && !Array.isArray(option)
              ? String((option as { value: unknown }).value)
              : 'auto',
          )
        }
        options={OVERRIDES}
        path={overridePath}
        value={value || 'auto'}
      />
    </div>
  )
}

function SectionEntry({ path, row }: { path: string; row: Row }) {
  const where = [row.dramaTitle, row.episode ? `episode ${row.episode}` : null]
    .filter(Boolean)
    .join(', ')
  return (
    <li className="sr-spoiler-panel__section" data-key={row.key}>
      <strong>{label(row)}</strong>
      {where ? <div className="sr-spoiler-panel__where">{where}</div> : null}
      {row.score !== null ? (
        <div className="sr-spoiler-panel__score">Detector: {Math.round(row.score * 100)}%</div>
      ) : null}
      {row.spoiler && row.reasons.length > 0 ? (
        <ul className="sr-spoiler-panel__reasons">
          {row.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <OverrideControl path={path} row={row} />
    </li>
  )
}

/**
 * The article's spoiler tags in the edit view's sidebar: the flagged sections with the detector's
 * reasons, the others folded away, each with the editor's override. Overrides are saved with the
 * article; the tags themselves are recomputed on save.
 */
export const SpoilerPanel: ArrayFieldClientComponent = ({ path }) => {
  const fields = useFormFields(([state]) => state)
  const rows = readRows(fields, path)
  const flagged = rows.filter((row) => row.spoiler)
  const others = rows.filter((row) => !row.spoiler)
  return (
    <div className="sr-spoiler-panel field-type" data-testid="spoiler-panel">
      <h4 className="sr-spoiler-panel__title">Spoilers</h4>
      {rows.length === 0 ? <p>Sections are tagged when the article is saved.</p> : null}
      {rows.length > 0 && flagged.length === 0 ? <p>No spoiler sections.</p> : null}
      {flagged.length > 0 ? (
        <ol className="sr-spoiler-panel__list sr-spoiler-panel__flagged">
          {flagged.map((row) => (
            <SectionEntry key={row.key} path={path} row={row} />
          ))}
        </ol>
      ) : null}
      {others.length > 0 ? (
        <details className="sr-spoiler-panel__others">
          <summary>Not flagged ({others.length})</summary>
          <ol className="sr-spoiler-panel__list">
            {others.map((row) => (
              <SectionEntry key={row.key} path={path} row={row} />
            ))}
          </ol>
        </details>
      ) : null}
      <p className="sr-spoiler-panel__hint">Overrides apply when you save.</p>
    </div>
  )
}
