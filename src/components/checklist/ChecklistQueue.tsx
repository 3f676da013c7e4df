import type { Where } from 'payload'
import React from 'react'

import { CHECKLIST_STATUS_OPTIONS } from '../../../collections/Articles/checklistFields'
import './checklist.scss'

type SearchParams = Record<string, string | string[] | undefined> | undefined

const STATUSES = CHECKLIST_STATUS_OPTIONS.map((option) => option.value)

const chosen = (searchParams: SearchParams): string | null => {
  const value = searchParams?.checklist
  return typeof value === 'string' && STATUSES.includes(value) ? value : null
}

/** The review queue's `?checklist=blocked|warnings|ready` filter as a query condition. */
export function checklistWhere(searchParams: SearchParams): Where[] {
  const status = chosen(searchParams)
  return status ? [{ checklistStatus: { equals: status } }] : []
}

/** Links that filter the review queue by checklist status. */
export function ChecklistFilter({
  base,
  searchParams,
}: {
  base: string
  searchParams: SearchParams
}) {
  const current = chosen(searchParams)
  const options = [{ value: null, label: 'All' }, ...CHECKLIST_STATUS_OPTIONS]
  return (
    <nav aria-label="Filter by checklist" className="sr-checklist-filter">
      Checklist:{' '}
      {options.map((option) => (
        <a
          aria-current={option.value === current ? 'true' : undefined}
          className="sr-checklist-filter__option"
          href={option.value ? `${base}?checklist=${option.value}` : base}
          key={option.label}
        >
          {option.label}
        </a>
      ))}
    </nav>
  )
}

/** The review queue's checklist column. */
export function ChecklistStatusCell({ status }: { status?: string | null }) {
  const label = CHECKLIST_STATUS_OPTIONS.find((option) => option.value === status)?.label
  return (
    <td className={`sr-checklist-cell sr-checklist-cell--${status ?? 'unknown'}`}>
      {label ?? '—'}
    </td>
  )
}
