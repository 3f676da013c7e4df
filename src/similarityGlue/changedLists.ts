import type { PayloadRequest } from 'payload'

/**
 * The articles whose similar lists this request rewrote, for the `similar.updated` events queued
 * once the save is done. Kept on `req.context`: nested Local API calls copy the context object but
 * share this set, so every write of the request lands in the same one.
 */
export function noteChangedList(req: PayloadRequest, articleId: string): void {
  req.context.similarListsChanged ??= new Set<string>()
  req.context.similarListsChanged.add(articleId)
}

/** The articles noted so far, forgetting them (each change is announced once). */
export function takeChangedLists(req: PayloadRequest): string[] {
  const noted = req.context.similarListsChanged
  if (!noted || noted.size === 0) return []
  const ids = [...noted]
  noted.clear()
  return ids
}
