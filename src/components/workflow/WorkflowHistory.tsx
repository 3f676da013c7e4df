'use client'

import React from 'react'

import { ACTION_NAMES, STAGE_NAMES } from './stageStyle'
import type { HistoryItem, Staff } from './workflowApi'

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The article's workflow history, newest first. */
export function WorkflowHistory({ history, staff }: { history: HistoryItem[]; staff: Staff[] }) {
  if (history.length === 0) return <p className="sr-workflow__empty">No workflow steps yet.</p>
  const nameOf = (by: string) =>
    by === 'scheduler' ? 'Scheduler' : (staff.find((member) => member.id === by)?.name ?? `#${by}`)
  return (
    <ol className="sr-workflow__history">
      {[...history].reverse().map((item, index) => (
        <li className="sr-workflow__entry" key={`${item.at}-${index}`}>
          <div>
            <strong>{ACTION_NAMES[item.action] ?? item.action}</strong>{' '}
            <span className="sr-workflow__move">
              {STAGE_NAMES[item.from] ?? item.from} → {STAGE_NAMES[item.to] ?? item.to}
            </span>
          </div>
          <div className="sr-workflow__meta">
            {nameOf(item.by)} · {when(item.at)}
          </div>
          {item.note ? <blockquote className="sr-workflow__note">{item.note}</blockquote> : null}
        </li>
      ))}
    </ol>
  )
}
