'use client'

import type { FormEvent } from 'react'
import { useCallback, useEffect, useState } from 'react'

import type { CommentDoc, Reader } from './readerApi'
import { readerApi } from './readerApi'
import { ReaderSignIn } from './ReaderSignIn'

/**
 * The comment thread, read in the browser: the API returns approved comments to everyone and a
 * signed-in reader's own pending ones too, so the cached page stays the same for every reader.
 */
export function Comments({ articleId }: { articleId: number | string }) {
  const [reader, setReader] = useState<Reader | null>(null)
  const [comments, setComments] = useState<CommentDoc[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setComments(await readerApi.comments(articleId))
    } catch (err) {
      setError((err as Error).message)
    }
  }, [articleId])

  useEffect(() => {
    readerApi.me().then(setReader, () => setReader(null))
  }, [])
  // Again after signing in or out: the reader's own pending comments come and go with the session.
  useEffect(() => {
    void load()
  }, [load, reader])

  const post = async (body: string, parent?: number | string) => {
    setError(null)
    try {
      await readerApi.post(articleId, body, parent)
      await load()
      return true
    } catch (err) {
      setError((err as Error).message)
      return false
    }
  }

  const roots = (comments ?? []).filter((comment) => !comment.parent)
  const repliesTo = (id: number | string) =>
    (comments ?? []).filter((comment) => String(comment.parent) === String(id))
  return (
    <section className="comments" data-testid="comments">
      <h2>Comments</h2>
      <ReaderSignIn reader={reader} onChange={setReader} />
      {error ? <p role="alert">{error}</p> : null}
      {comments === null ? <p>Loading comments…</p> : null}
      {comments?.length === 0 ? <p>No comments yet.</p> : null}
      <ol className="comment-list">
        {roots.map((comment) => (
          <li key={comment.id}>
            <Comment comment={comment} reader={reader} />
            <ol className="replies">
              {repliesTo(comment.id).map((reply) => (
                <li key={reply.id}>
                  <Comment comment={reply} reader={reader} />
                </li>
              ))}
            </ol>
            {reader ? (
              <CommentForm label="Reply" onSubmit={(body) => post(body, comment.id)} />
            ) : null}
          </li>
        ))}
      </ol>
      {reader ? <CommentForm label="Post comment" onSubmit={(body) => post(body)} /> : null}
    </section>
  )
}

function Comment({ comment, reader }: { comment: CommentDoc; reader: Reader | null }) {
  const isOwn = reader !== null && String(comment.reader) === String(reader.id)
  const name = isOwn ? 'You' : (comment.authorName ?? 'Reader')
  return (
    <article className="comment" data-testid="comment" data-status={comment.status ?? undefined}>
      <p className="comment-meta">
        <strong>{name}</strong> · {new Date(comment.createdAt).toLocaleDateString('en-GB')}
        {comment.status === 'pending' ? (
          <span className="pending"> · Awaiting moderation (only you can see this)</span>
        ) : null}
      </p>
      <p>{comment.body}</p>
    </article>
  )
}

function CommentForm(props: { label: string; onSubmit: (body: string) => Promise<boolean> }) {
  const [body, setBody] = useState('')
  const [isSending, setSending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    if (await props.onSubmit(body)) setBody('')
    setSending(false)
  }
  return (
    <form className="comment-form" onSubmit={submit}>
      <textarea
        aria-label={props.label}
        value={body}
        maxLength={2000}
        required
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" disabled={isSending}>
        {props.label}
      </button>
    </form>
  )
}
