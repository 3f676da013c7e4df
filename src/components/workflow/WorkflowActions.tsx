'use client'

import { Button, DatePicker } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import type { Action } from '../../workflow'
import { ACTION_NAMES } from './stageStyle'
import type { Staff } from './workflowApi'

// Actions that need something from the user (a note, a date, a reviewer) or deserve a second look.
const ASKS: Partial<Record<Action, 'reviewer' | 'note' | 'date' | 'confirm'>> = {
  submit: 'reviewer',
  assign: 'reviewer',
  request_changes: 'note',
  schedule: 'date',
  archive: 'confirm',
  unpublish: 'confirm',
}
const PRIMARY: Action[] = ['submit', 'approve', 'publish', 'restore']

type Props = {
  actions: Action[]
  reviewers: Staff[]
  disabledReason: string | null
  onAct: (body: Record<string, unknown>) => Promise<void>
}

/** One button per action the user may take now; a dialog for the ones that need input. */
export function WorkflowActions({ actions, reviewers, disabledReason, onAct }: Props) {
  const [asking, setAsking] = useState<Action | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (body: Record<string, unknown>) => {
    setBusy(true)
    try {
      await onAct(body)
      setAsking(null)
    } finally {
      setBusy(false)
    }
  }
  const visible = actions.filter((action) => action !== 'scheduled_publish')
  if (visible.length === 0) return null
  return (
    <div className="sr-workflow__actions">
      {disabledReason ? <p className="sr-workflow__hint">{disabledReason}</p> : null}
      {visible.map((action) => (
        <Button
          buttonStyle={PRIMARY.includes(action) ? 'primary' : 'secondary'}
          disabled={busy || Boolean(disabledReason)}
          id={`workflow-${action}`}
          key={action}
          margin={false}
          onClick={() => (ASKS[action] ? setAsking(action) : void run({ action }))}
          size="small"
        >
          {ACTION_NAMES[action] ?? action}
        </Button>
      ))}
      {asking ? (
        <ActionDialog
          action={asking}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={(extra) => run({ action: asking, ...extra })}
          reviewers={reviewers}
        />
      ) : null}
    </div>
  )
}

type DialogProps = {
  action: Action
  busy: boolean
  reviewers: Staff[]
  onCancel: () => void
  onConfirm: (extra: Record<string, unknown>) => void
}

function ActionDialog({ action, busy, reviewers, onCancel, onConfirm }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const [note, setNote] = useState('')
  const [reviewer, setReviewer] = useState('')
  const [date, setDate] = useState<Date | null>(null)
  const ask = ASKS[action]
  useEffect(() => {
    ref.current?.showModal()
  }, [])

  const missing =
    (ask === 'note' && !note.trim() && 'Say what needs to change.') ||
    (ask === 'date' && (!date || date.getTime() <= Date.now()) && 'Pick a time in the future.') ||
    (action === 'assign' && !reviewer && 'Choose a reviewer.') ||
    null
  const confirm = () => {
    if (missing) return
    const extra: Record<string, unknown> = {}
    if (note.trim()) extra.note = note.trim()
    if (reviewer) extra.assignee = reviewer
    if (date) extra.publishAt = date.toISOString()
    onConfirm(extra)
  }

  return (
    <dialog className="sr-workflow__dialog" onClose={onCancel} ref={ref}>
      <h4>{ACTION_NAMES[action] ?? action}</h4>
      {ask === 'reviewer' ? (
        <label className="sr-workflow__label">
          Reviewer{action === 'submit' ? ' (optional)' : ''}
          <select
            id="workflow-reviewer"
            onChange={(e) => setReviewer(e.target.value)}
            value={reviewer}
          >
            <option value="">{action === 'submit' ? 'Any editor' : 'Choose…'}</option>
            {reviewers.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {ask === 'date' ? (
        <div className="sr-workflow__label">
          Publish at
          <DatePicker
            id="workflow-publish-at"
            onChange={(value: Date) => setDate(value)}
            pickerAppearance="dayAndTime"
            value={date ?? undefined}
          />
        </div>
      ) : null}
      <label className="sr-workflow__label">
        Note{ask === 'note' ? '' : ' (optional)'}
        <textarea
          id="workflow-note"
          onChange={(e) => setNote(e.target.value)}
          rows={4}
          value={note}
        />
      </label>
      {missing ? <p className="sr-workflow__hint">{missing}</p> : null}
      <div className="sr-workflow__dialog-buttons">
        <Button
          buttonStyle="secondary"
          disabled={busy}
          margin={false}
          onClick={onCancel}
          size="small"
        >
          Cancel
        </Button>
        <Button
          disabled={busy || Boolean(missing)}
          id="workflow-confirm"
          margin={false}
          onClick={confirm}
          size="small"
        >
          {ACTION_NAMES[action] ?? action}
        </Button>
      </div>
    </dialog>
  )
}
