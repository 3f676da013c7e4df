'use client'

import type { Action, Stage } from '../../workflow'

export type HistoryItem = {
  action: string
  from: Stage
  to: Stage
  by: string
  at: string
  note: string | null
}

export type WorkflowStateJson = {
  id: number | string
  stage: Stage
  assignee: string | null
  publishAt: string | null
  isLive: boolean
  allowedActions: Action[]
  history: HistoryItem[]
}

export type Staff = { id: string; name: string; role?: string }

type ErrorJson = { errors?: Array<{ message?: string }>; message?: string }

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & ErrorJson
  if (!response.ok) {
    throw new Error(
      body.errors?.[0]?.message ?? body.message ?? `Request failed (${response.status})`,
    )
  }
  return body
}

/** The article's workflow endpoints and the staff directory, from the admin (cookie auth). */
export function workflowApi(apiBase: string, collection: string, id: number | string) {
  const url = `${apiBase}/${collection}/${id}/workflow`
  return {
    state: () =>
      fetch(url, { credentials: 'include' }).then((res) =>
        // Another author's article: its workflow is for its author and the editors only.
        res.status === 404
          ? Promise.reject(
              new Error('The workflow is visible to the article’s author and editors.'),
            )
          : json<WorkflowStateJson>(res),
      ),
    /** The article as the edit form holds it: the latest draft, relationships as ids. */
    document: () =>
      fetch(`${apiBase}/${collection}/${id}?draft=true&depth=0`, { credentials: 'include' }).then(
        (res) => json<Record<string, unknown> & { _status?: string }>(res),
      ),
    act: (body: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((res) => json<WorkflowStateJson>(res)),
  }
}

/** Staff names by id (the directory is public), and the editors and admins who can review. */
export async function loadStaff(apiBase: string, authors = 'authors'): Promise<Staff[]> {
  const res = await fetch(`${apiBase}/${authors}?limit=200&depth=0&sort=name`, {
    credentials: 'include',
  })
  const body = await json<{ docs: Array<{ id: number | string; name?: string; role?: string }> }>(
    res,
  )
  return body.docs.map((doc) => ({
    id: String(doc.id),
    name: doc.name ?? `#${doc.id}`,
    role: doc.role,
  }))
}
