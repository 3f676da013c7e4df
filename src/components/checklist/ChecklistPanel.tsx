'use client'

import {
  Button,
  Pill,
  TextareaInput,
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useFormModified,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useEffect, useMemo, useState } from 'react'

import type { ChecklistReport } from '../../checklist'
import './checklist.scss'

type Props = {
  /** The workflow actions this user may take now (from the workflow panel's state). */
  actions?: readonly string[]
  /** Runs a workflow action, as the workflow panel's own buttons do. */
  onAct?: (body: Record<string, unknown>) => Promise<void> | void
}

const DEBOUNCE_MS = 600
const STATUS_LABELS = { ready: 'Ready', warnings: 'Warnings', blocked: 'Blocked' } as const
const PILL_STYLES = { ready: 'success', warnings: 'warning', blocked: 'error' } as const

/**
 * The pre-publish checklist in the edit view's sidebar, checked live: the form's current values
 * (unsaved edits included) go to `POST /api/<articles>/checklist` a moment after each change. When
 * only recommended rules fail, an editor who may approve or publish can do so with a note saying
 * why; the note is recorded in the workflow history.
 */
export function ChecklistPanel({ actions = [], onAct }: Props) {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [fields] = useAllFormFields()
  const isModified = useFormModified()
  const [report, setReport] = useState<ChecklistReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const data = useMemo(() => reduceFieldsToValues(fields, true), [fields])
  const url = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/checklist`

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: id ?? null, data }),
        signal: controller.signal,
      })
        .then(async (res) => {
          const body = await res.json().catch(() => ({}))
          // Switched off (or an article this user cannot read): nothing to show.
          if (res.status === 404) return setReport(null)
          if (!res.ok)
            throw new Error(body.errors?.[0]?.message ?? `Checklist failed (${res.status})`)
          setReport(body as ChecklistReport)
          setError(null)
        })
        .catch((err: Error) => {
          if (err.name !== 'AbortError') setError(err.message)
        })
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [url, id, data])

  if (!report) return error ? <p className="sr-checklist__error">{error}</p> : null
  const passable = ['approve', 'publish'].filter((action) => actions.includes(action))
  return (
    <div className="sr-checklist" data-status={report.status} data-testid="checklist-panel">
      <div className="sr-checklist__header">
        <h4 className="sr-checklist__title">Checklist</h4>
        <Pill pillStyle={PILL_STYLES[report.status]} size="small">
          {STATUS_LABELS[report.status]}
        </Pill>
      </div>
      {error ? <p className="sr-checklist__error">{error}</p> : null}
      <ul className="sr-checklist__list">
        {report.results.map((result) => (
          <li
            className={`sr-checklist__rule sr-checklist__rule--${result.isPassing ? 'pass' : result.severity}`}
            data-rule={result.id}
            key={result.id}
          >
            <span aria-hidden className="sr-checklist__mark">
              {result.isPassing ? '✓' : result.severity === 'required' ? '✕' : '!'}
            </span>
            <span>
              {result.label}
              {result.isPassing ? null : (
                <>
                  <span className="sr-checklist__severity"> · {result.severity}</span>
                  <span className="sr-checklist__message">{result.message}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {report.status === 'warnings' && passable.length > 0 && onAct ? (
        <div className="sr-checklist__override">
          <TextareaInput
            label="Pass the recommended rules with a note"
            onChange={(event) => setNote(event.target.value)}
            path="checklistNote"
            placeholder="Why this can go ahead as it is"
            rows={2}
            value={note}
          />
          {passable.map((action) => (
            <Button
              buttonStyle="secondary"
              disabled={note.trim() === '' || isModified}
              key={action}
              onClick={() => void onAct({ action, checklistNote: note })}
              size="small"
              tooltip={isModified ? 'Save your changes first.' : undefined}
            >
              {action === 'approve' ? 'Approve with note' : 'Publish with note'}
            </Button>
          ))}
        </div>
      ) : null}
    </div>
  )
}
