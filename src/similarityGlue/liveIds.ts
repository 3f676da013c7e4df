import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import type { Id } from './types'
import { dbId } from './types'

/**
 * Which of `ids` name articles live now (published, not archived): one query on the primary key,
 * selecting ids only, straight from the database (no hooks, no access: the guard only removes).
 */
export async function liveIds(req: PayloadRequest, ids: Id[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await req.payload.db.find({
    collection: getOptions(req).slugs.articles,
    where: {
      and: [
        { id: { in: ids.map((id) => dbId(req, id)) } },
        { _status: { equals: 'published' } },
        // Rows older than the workflow have no stage: live by their status alone.
        { or: [{ stage: { not_equals: 'archived' } }, { stage: { exists: false } }] },
      ],
    },
    select: { id: true },
    limit: 0,
    pagination: false,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}
