import type { CollectionBeforeChangeHook } from 'payload'

import { getOptions } from '../src/options'
import { parseMentions } from '../src/notes/mentions'

/**
 * A note's `mentions` are the staff its body names with @handle, whatever a client sends; unknown
 * handles are ignored. Recomputed whenever the body changes.
 */
export const deriveNoteMentions: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const body = typeof data.body === 'string' ? data.body : (originalDoc?.body ?? '')
  const handles = parseMentions(String(body))
  if (handles.length === 0) return { ...data, mentions: [] }
  const { docs } = await req.payload.find({
    collection: getOptions(req).slugs.authors,
    where: { handle: { in: handles } },
    depth: 0,
    limit: handles.length,
    pagination: false,
    overrideAccess: true,
    select: { handle: true },
    req,
  })
  const byHandle = new Map(docs.map((doc) => [String(doc.handle), doc.id]))
  return { ...data, mentions: handles.flatMap((handle) => byHandle.get(handle) ?? []) }
}
