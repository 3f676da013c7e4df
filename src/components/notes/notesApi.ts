'use client'

export type NoteJson = {
  id: number | string
  body: string
  anchor?: string | null
  resolved?: boolean
  parent?: number | string | { id: number | string } | null
  author?: { id: number | string; name?: string } | number | string | null
  createdAt: string
}

type ErrorJson = { errors?: Array<{ message?: string }> }

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & ErrorJson
  if (!response.ok)
    throw new Error(body.errors?.[0]?.message ?? `Request failed (${response.status})`)
  return body
}

/** The article's editorial notes over REST, as the admin's logged-in user (cookie auth). */
export function notesApi(apiBase: string, slug: string, articleId: number | string) {
  const base = `${apiBase}/${slug}`
  const send = (url: string, method: string, body: unknown) =>
    fetch(url, {
      method,
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((res) => json<{ doc: NoteJson }>(res))
  return {
    list: () =>
      fetch(
        `${base}?where[article][equals]=${encodeURIComponent(String(articleId))}&sort=createdAt&depth=1&limit=500`,
        { credentials: 'include' },
      )
        .then((res) => json<{ docs: NoteJson[] }>(res))
        .then((body) => body.docs),
    add: (body: string, extra: { parent?: NoteJson['id']; anchor?: string }) =>
      send(base, 'POST', { article: articleId, body, ...extra }),
    setResolved: (id: NoteJson['id'], resolved: boolean) =>
      send(`${base}/${id}`, 'PATCH', { resolved }),
  }
}
