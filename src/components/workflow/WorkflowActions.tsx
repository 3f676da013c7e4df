'use client'

import { Button, DatePicker, Modal, SelectInput, TextareaInput, useModal } from '@payloadcms/ui'
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

const DIALOG_SLUG = 'sr-workflow-action'

/** The inputs an action needs, in Payload's own modal and fields. */
function ActionDialog({ action, busy, reviewers, onCancel, onConfirm }: DialogProps) {
  const { openModal, closeModal, isModalOpen } = useModal()
  const [note, setNote] = useState('')
  const [reviewer, setReviewer] = useState('')
  const [date, setDate] = useState<Date | null>(null)
  const ask = ASKS[action]
  useEffect(() => {
    openModal(DIALOG_SLUG)
    return () => closeModal(DIALOG_SLUG)
  }, [openModal, closeModal])
  // Closed by Escape or the backdrop rather than a button: the same as Cancel.
  const isOpen = isModalOpen(DIALOG_SLUG)
  const wasOpen = useRef(false)
  useEffect(() => {
    if (isOpen) wasOpen.current = true
    else if (wasOpen.current) onCancel()
  }, [isOpen, onCancel])

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
    <Modal className="confirmation-modal sr-modal" id="workflow-dialog" slug={DIALOG_SLUG}>
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h2>{ACTION_NAMES[action] ?? action}</h2>
          {ask === 'reviewer' ? (
            <div className="sr-modal__field" id="workflow-reviewer">
              <SelectInput
                isClearable
                label={`Reviewer${action === 'submit' ? ' (optional)' : ''}`}
                name="workflow-reviewer"
                onChange={(option) =>
                  setReviewer(
                    option && !Array.isArray(option)
                      ? String((option as { value: unknown }).value)
                      : '',
                  )
                }
                options={reviewers.map((member) => ({ label: member.name, value: member.id }))}
                path="workflow-reviewer"
                placeholder={action === 'submit' ? 'Any editor' : 'Choose…'}
                value={reviewer}
              />
            </div>
          ) : null}
          {ask === 'date' ? (
            <div className="sr-modal__field">
              Publish at
              <DatePicker
                id="workflow-publish-at"
                onChange={(value: Date) => setDate(value)}
                pickerAppearance="dayAndTime"
                value={date ?? undefined}
              />
            </div>
          ) : null}
          <div className="sr-modal__field">
            <TextareaInput
              label={`Note${ask === 'note' ? '' : ' (optional)'}`}
              onChange={(event) => setNote(event.target.value)}
              path="workflow-note"
              rows={4}
              value={note}
            />
          </div>
          {missing ? <p className="sr-modal__hint">{missing}</p> : null}
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={busy} onClick={onCancel} size="large">
            Cancel
          </Button>
          <Button
            disabled={busy || Boolean(missing)}
            id="workflow-confirm"
            onClick={confirm}
            size="large"
          >
            {ACTION_NAMES[action] ?? action}
          </Button>
        </div>
      </div>
    </Modal>
  )
}
