'use client'

import { Button, CheckboxInput, Pill, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** One pending comment as the queue shows it (plain data: it crosses from the server view). */
export type QueueRow = {
  id: number | string
  body: string
  createdAt: string
  articleId: number | string | null
  articleTitle: string | null
  readerName: string | null
  spoiler: boolean
  markedSpoiler: boolean
  spoilerDetected: boolean
  spoilerEpisode: number | null
  reportCount: number
  reportReasons: string[]
}

type Action = 'approve' | 'reject' | 'spam'
type Result = { id: number | string; ok: boolean; message?: string }

const DONE: Record<Action, string> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'marked as spam',
}

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text)

/**
 * The queue's table and bulk actions. Moderated comments leave the table at once (no page reload);
 * the server answers per comment, and refusals stay listed with a toast saying why.
 */
export function ModerationQueueTable({
  adminRoute,
  apiRoute,
  articles,
  comments,
  rows: initialRows,
}: {
  adminRoute: string
  apiRoute: string
  articles: string
  comments: string
  rows: QueueRow[]
}) {
  const router = useRouter()
  const [rows, setRows] = useState(initialRows)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [isBusy, setBusy] = useState(false)

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const isAllSelected = rows.length > 0 && rows.every((row) => selected.has(String(row.id)))
  const toggleAll = () =>
    setSelected(isAllSelected ? new Set() : new Set(rows.map((row) => String(row.id))))

  async function act(action: Action) {
    const ids = rows.filter((row) => selected.has(String(row.id))).map((row) => row.id)
    if (ids.length === 0) return
    setBusy(true)
    try {
      const response = await fetch(`${apiRoute}/${comments}/moderate`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids, action }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        results?: Result[]
        errors?: Array<{ message?: string }>
      }
      if (!response.ok || !body.results) {
        toast.error(body.errors?.[0]?.message ?? `Moderation failed (${response.status}).`)
        return
      }
      const done = new Set(body.results.filter((r) => r.ok).map((r) => String(r.id)))
      const refused = body.results.filter((r) => !r.ok)
      setRows((current) => current.filter((row) => !done.has(String(row.id))))
      setSelected(new Set())
      if (done.size > 0) {
        toast.success(`${done.size} comment${done.size === 1 ? '' : 's'} ${DONE[action]}.`)
      }
      for (const failure of refused) toast.error(`Comment ${failure.id}: ${failure.message}`)
      // The nav counts and other views read fresh data next time.
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  if (rows.length === 0) {
    return <p className="sr-moderation-queue__empty">Nothing is waiting for moderation.</p>
  }
  const count = selected.size
  return (
    <div className="sr-moderation-queue__body">
      <div className="sr-moderation-queue__actions">
        <span className="sr-moderation-queue__selected">{count} selected</span>
        <Button
          buttonStyle="primary"
          disabled={isBusy || count === 0}
          onClick={() => act('approve')}
          size="small"
        >
          Approve
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={isBusy || count === 0}
          onClick={() => act('reject')}
          size="small"
        >
          Reject
        </Button>
        <Button
          buttonStyle="error"
          disabled={isBusy || count === 0}
          onClick={() => act('spam')}
          size="small"
        >
          Mark as spam
        </Button>
      </div>
      <table className="table sr-moderation-queue__table">
        <thead>
          <tr>
            <th>
              <CheckboxInput
                checked={isAllSelected}
                id="sr-moderation-all"
                label="All"
                onToggle={toggleAll}
                partialChecked={count > 0 && !isAllSelected}
              />
            </th>
            <th>Comment</th>
            <th>Article</th>
            <th>Reader</th>
            <th>Spoiler</th>
            <th>Reports</th>
            <th>Posted</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = String(row.id)
            return (
              <tr data-comment-id={id} key={id}>
                <td>
                  <CheckboxInput
                    checked={selected.has(id)}
                    id={`sr-moderation-${id}`}
                    onToggle={() => toggle(id)}
                  />
                </td>
                <td className="sr-moderation-queue__comment">
                  <a href={`${adminRoute}/collections/${comments}/${id}`}>{excerpt(row.body)}</a>
                </td>
                <td>
                  {row.articleId === null ? (
                    '—'
                  ) : (
                    <a href={`${adminRoute}/collections/${articles}/${row.articleId}`}>
                      {row.articleTitle ?? `Article ${row.articleId}`}
                    </a>
                  )}
                </td>
                <td>{row.readerName ?? 'Reader'}</td>
                <td>
                  {row.spoiler ? (
                    <Pill pillStyle="warning" size="small">
                      {row.markedSpoiler ? 'Marked' : 'Detected'}
                      {row.spoilerEpisode ? ` · ep. ${row.spoilerEpisode}` : ''}
                    </Pill>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {row.reportCount > 0 ? (
                    <Pill pillStyle="error" size="small">
                      {row.reportCount} · {[...new Set(row.reportReasons)].join(', ')}
                    </Pill>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{row.createdAt ? new Date(row.createdAt).toLocaleString() : ''}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
