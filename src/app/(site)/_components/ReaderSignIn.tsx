'use client'

import type { FormEvent } from 'react'
import { useState } from 'react'

import type { Reader } from './readerApi'
import { readerApi } from './readerApi'

type Props = { reader: Reader | null; onChange: (reader: Reader | null) => void }

/** Sign in with a reader account (POST /api/readers/login sets Payload's session cookie). */
export function ReaderSignIn({ reader, onChange }: Props) {
  const [error, setError] = useState<string | null>(null)
  if (reader) {
    return (
      <p className="reader-status" data-testid="reader-status">
        Signed in as {reader.displayName ?? 'Reader'}.{' '}
        <button type="button" onClick={() => readerApi.logout().finally(() => onChange(null))}>
          Sign out
        </button>
      </p>
    )
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    try {
      setError(null)
      onChange(await readerApi.login(String(form.get('email')), String(form.get('password'))))
    } catch (err) {
      setError((err as Error).message)
    }
  }
  return (
    <form className="reader-sign-in" onSubmit={submit} data-testid="reader-sign-in">
      <strong>Sign in to comment</strong>
      <input name="email" type="email" placeholder="E-mail" required autoComplete="email" />
      <input
        name="password"
        type="password"
        placeholder="Password"
        required
        autoComplete="current-password"
      />
      <button type="submit">Sign in</button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  )
}
