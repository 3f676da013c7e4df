'use client'

/** A comment as the REST API returns it at depth 0 (`authorName` comes from the public-author work). */
export type CommentDoc = {
  id: number | string
  body: string
  status?: string | null
  parent?: number | string | null
  reader?: number | string | null
  authorName?: string | null
  createdAt: string
}

export type Reader = { id: number | string; displayName?: string | null }

// The site and the API share an origin: the reader's session is Payload's own HttpOnly cookie.
async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, {
    credentials: 'include',
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  })
  const body = (await res.json().catch(() => ({}))) as T & { errors?: Array<{ message: string }> }
  if (!res.ok) throw new Error(body.errors?.[0]?.message ?? `${res.status} ${res.statusText}`)
  return body
}

export const readerApi = {
  me: async () => (await call<{ user: Reader | null }>('/api/readers/me')).user,
  login: async (email: string, password: string) =>
    (
      await call<{ user: Reader }>('/api/readers/login', {
        method: 'POST',
        body: JSON.stringify({ email, password }),
      })
    ).user,
  logout: () => call('/api/readers/logout', { method: 'POST' }),
  comments: async (articleId: number | string) =>
    (
      await call<{ docs: CommentDoc[] }>(
        `/api/comments?where[article][equals]=${encodeURIComponent(String(articleId))}&sort=createdAt&limit=50&depth=0`,
      )
    ).docs,
  post: async (articleId: number | string, body: string, parent?: number | string) =>
    (
      await call<{ doc: CommentDoc }>('/api/comments?depth=0', {
        method: 'POST',
        body: JSON.stringify({ article: articleId, body, ...(parent ? { parent } : {}) }),
      })
    ).doc,
}
