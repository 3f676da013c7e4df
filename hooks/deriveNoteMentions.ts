import type { CollectionBeforeChangeHook } from 'payload'

import { getOptions } from '../src/options'
import { parseMentions } from '../src/notes/mentions'
import { relationId } from '../src/relationId'

type StaffDoc = { id: number | string; handle?: string; role?: string }

/**
 * A note's `mentions` are the staff its body names with @handle, whatever a client sends. Unknown
 * handles are ignored, and so is anyone who cannot read the article (another author's draft): a
 * mention e-mails the note, which must not reach them. Recomputed whenever the note is saved.
 */
export const deriveNoteMentions: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const body = typeof data.body === 'string' ? data.body : (originalDoc?.body ?? '')
  const handles = parseMentions(String(body))
  if (handles.length === 0) return { ...data, mentions: [] }
  const { slugs } = getOptions(req)
  const { docs } = await req.payload.find({
    collection: slugs.authors,
    where: { handle: { in: handles } },
    depth: 0,
    limit: handles.length,
    pagination: false,
    overrideAccess: true,
    select: { handle: true, role: true },
    req,
  })
  const articleId = relationId(data.article ?? originalDoc?.article)
  const article =
    articleId === null
      ? null
      : await req.payload.db.findOne<{ id: number | string; author?: unknown; _status?: string }>({
          collection: slugs.articles,
          where: { id: { equals: articleId } },
          select: { author: true, _status: true },
          req,
        })
  const canRead = (staff: StaffDoc) =>
    staff.role === 'editor' ||
    staff.role === 'admin' ||
    article?._status === 'published' ||
    String(relationId(article?.author)) === String(staff.id)
  const byHandle = new Map((docs as StaffDoc[]).map((doc) => [String(doc.handle), doc]))
  const mentioned = handles.flatMap((handle) => byHandle.get(handle) ?? []).filter(canRead)
  return { ...data, mentions: mentioned.map((staff) => staff.id) }
}
