'use client'

import {
  Button,
  Pill,
  TextInput,
  TextareaInput,
  toast,
  useConfig,
  useDocumentInfo,
} from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { NoteJson } from './notesApi'
import { notesApi } from './notesApi'
import './notes.scss'

const idOf = (value: NoteJson['parent']) =>
  value && typeof value === 'object' ? value.id : (value ?? null)
const nameOf = (author: NoteJson['author']) =>
  author && typeof author === 'object' ? (author.name ?? `#${author.id}`) : 'Someone'

function NoteForm({
  label,
  onSubmit,
  withAnchor,
}: {
  label: string
  onSubmit: (body: string, anchor: string) => Promise<void>
  withAnchor: boolean
}) {
  const [body, setBody] = useState('')
  const [anchor, setAnchor] = useState('')
  const [isBusy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    try {
      await onSubmit(body, anchor)
      setBody('')
      setAnchor('')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="sr-notes__form">
      <TextareaInput
        label={label}
        onChange={(event) => setBody(event.target.value)}
        path={`note-${label}`}
        placeholder="Write a note; @handle notifies a colleague"
        rows={2}
        value={body}
      />
      {withAnchor ? (
        <TextInput
          label="About (optional: a section, e.g. intro or item:2)"
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAnchor(event.target.value)}
          path={`anchor-${label}`}
          value={anchor}
        />
      ) : null}
      <Button
        buttonStyle="secondary"
        disabled={isBusy || body.trim() === ''}
        onClick={submit}
        size="small"
      >
        {label}
      </Button>
    </div>
  )
}

/**
 * The article's editorial notes in the edit view: threads oldest first, each with its replies, who
 * wrote it and when, what it is about, and resolve/reopen. Staff only (the collection's access);
 * changes are sent at once and do not touch the article's form.
 */
export const EditorialNotesPanel: UIFieldClientComponent = ({ field }) => {
  const slug = String(field?.admin?.custom?.notesSlug ?? 'editorial-notes')
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const api = useMemo(() => (id ? notesApi(apiBase, slug, id) : null), [apiBase, slug, id])
  const [notes, setNotes] = useState<NoteJson[]>([])
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    if (!api) return
    try {
      setNotes(await api.list())
      setError(null)
    } catch (err) {
      setError((err as Error).message)
    }
  }, [api])
  useEffect(() => {
    void refresh()
  }, [refresh])

  if (!api) return null
  const run = async (work: Promise<unknown>) => {
    try {
      await work
      await refresh()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  const threads = notes.filter((note) => idOf(note.parent) === null)
  const repliesTo = (note: NoteJson) => notes.filter((reply) => idOf(reply.parent) === note.id)

  const renderNote = (note: NoteJson) => (
    <div className="sr-notes__note" data-note={note.id}>
      <div className="sr-notes__meta">
        <strong>{nameOf(note.author)}</strong> · {new Date(note.createdAt).toLocaleString()}
        {note.anchor ? <span className="sr-notes__anchor"> · on {note.anchor}</span> : null}
      </div>
      <p className="sr-notes__body">{note.body}</p>
    </div>
  )

  return (
    <div className="sr-notes field-type" data-testid="editorial-notes">
      <h3 className="sr-notes__title">Editorial notes</h3>
      <p className="sr-notes__hint">Seen by staff only, never by readers.</p>
      {error ? <p className="sr-notes__error">{error}</p> : null}
      {threads.length === 0 ? <p>No notes yet.</p> : null}
      <ol className="sr-notes__threads">
        {threads.map((note) => (
          <li
            className={`sr-notes__thread${note.resolved ? ' sr-notes__thread--resolved' : ''}`}
            key={note.id}
          >
            <div className="sr-notes__thread-header">
              {note.resolved ? (
                <Pill pillStyle="success" size="small">
                  Resolved
                </Pill>
              ) : (
                <Pill pillStyle="warning" size="small">
                  Open
                </Pill>
              )}
              <Button
                buttonStyle="subtle"
                onClick={() => void run(api.setResolved(note.id, !note.resolved))}
                size="small"
              >
                {note.resolved ? 'Reopen' : 'Resolve'}
              </Button>
            </div>
            {renderNote(note)}
            <ol className="sr-notes__replies">
              {repliesTo(note).map((reply) => (
                <li key={reply.id}>{renderNote(reply)}</li>
              ))}
            </ol>
            {note.resolved ? null : (
              <NoteForm
                label="Reply"
                onSubmit={(body) => run(api.add(body, { parent: note.id }))}
                withAnchor={false}
              />
            )}
          </li>
        ))}
      </ol>
      <NoteForm
        label="Add note"
        onSubmit={(body, anchor) => run(api.add(body, anchor ? { anchor } : {}))}
        withAnchor
      />
    </div>
  )
}
