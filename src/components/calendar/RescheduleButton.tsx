'use client'

import { Button, DatePicker, Modal, toast, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { Stage } from '../../workflow'
import { reschedule } from './reschedule'

type Props = {
  apiBase: string
  collection: string
  id: string
  stage: Stage
  title: string
  /** The current publish time (ISO), or null for an approved article not yet scheduled. */
  at: string | null
}

/**
 * "Reschedule" (or "Schedule") on a calendar entry: a time picker in Payload's modal, then the
 * workflow's own actions. The server's refusal, if any, is shown as it words it.
 */
export function RescheduleButton({ apiBase, collection, id, stage, title, at }: Props) {
  const router = useRouter()
  const { openModal, closeModal, isModalOpen } = useModal()
  const slug = `sr-reschedule-${id}`
  const open = isModalOpen(slug)
  // After a refusal the calendar is stale, but refreshing at once can drop this entry (and the
  // refusal with it) before the editor has read it; refresh when the dialog closes instead.
  const [stale, setStale] = useState(false)
  const [date, setDate] = useState<Date | null>(at ? new Date(at) : null)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const verb = stage === 'scheduled' ? 'Reschedule' : 'Schedule'
  const missing = !date || date.getTime() <= Date.now() ? 'Pick a time in the future.' : null

  const confirm = async () => {
    if (!date || missing) return
    setBusy(true)
    setRefusal(null)
    try {
      await reschedule({ apiBase, collection, id, stage, previousAt: at, publishAt: date })
      toast.success(`${title}: publishes ${date.toLocaleString()}.`)
      closeModal(slug)
      router.refresh()
    } catch (err) {
      setRefusal((err as Error).message)
      setStale(true)
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    if (stale && !open) {
      setStale(false)
      router.refresh()
    }
  }, [stale, open, router])

  return (
    <>
      <Button
        buttonStyle="secondary"
        className="sr-calendar__reschedule"
        id={`calendar-reschedule-${id}`}
        margin={false}
        onClick={() => openModal(slug)}
        size="small"
      >
        {verb}
      </Button>
      <Modal className="confirmation-modal sr-modal" slug={slug}>
        <div className="confirmation-modal__wrapper">
          <div className="confirmation-modal__content">
            <h2>
              {verb} “{title}”
            </h2>
            <div className="sr-modal__field">
              Publish at
              <DatePicker
                id={`calendar-publish-at-${id}`}
                onChange={(value: Date) => setDate(value)}
                pickerAppearance="dayAndTime"
                value={date ?? undefined}
              />
            </div>
            {missing ? <p className="sr-modal__hint">{missing}</p> : null}
            {refusal ? (
              <p className="sr-modal__error" id={`calendar-refusal-${id}`} role="alert">
                {refusal}
              </p>
            ) : null}
          </div>
          <div className="confirmation-modal__controls">
            <Button
              buttonStyle="secondary"
              disabled={busy}
              onClick={() => closeModal(slug)}
              size="large"
            >
              Cancel
            </Button>
            <Button
              disabled={busy || Boolean(missing)}
              id={`calendar-confirm-${id}`}
              onClick={confirm}
              size="large"
            >
              {verb}
            </Button>
          </div>
        </div>
      </Modal>
    </>
  )
}
