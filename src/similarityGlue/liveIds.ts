import DataLoader from 'dataloader'
import type { PayloadRequest, Where } from 'payload'

import { getOptions } from '../options'
import type { Id } from './types'
import { dbId } from './types'

/**
 * Which of `ids` name articles live now (published, not archived): one query on the primary key,
 * selecting ids only, straight from the database (no hooks, no access: the guard only removes).
 */
export async function liveIds(req: PayloadRequest, ids: Id[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const collection = getOptions(req).slugs.articles
  const where: Where = {
    and: [
      { id: { in: [...new Set(ids.map(String))].map((id) => dbId(req, id)) } },
      { _status: { equals: 'published' } },
      // Rows older than the workflow have no stage: live by their status alone.
      { or: [{ stage: { not_equals: 'archived' } }, { stage: { exists: false } }] },
    ],
  }
  const { db } = req.payload
  if (db.name === 'sqlite' || db.name === 'postgres') {
    // The id column alone: `find` with `select: { id: true }` still joins the arrays inside
    // groups (`spoilerSummary.dramas`) per row on the SQL adapters (payload#18143).
    // (MongoDB's `findDistinct` groups on `$id`, which its documents lack: `find` there.)
    const { values } = await db.findDistinct({ collection, field: 'id', where, req })
    return new Set(values.map((value) => String(value.id)))
  }
  const { docs } = await db.find({
    collection,
    where,
    select: { id: true },
    limit: 0,
    pagination: false,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

const loaders = new WeakMap<PayloadRequest, DataLoader<string, boolean>>()

/**
 * `liveIds` for many callers at once: the lists of every article in one read (a page of 10, say)
 * ask together and get one query. Batches only, never caches: a request that unpublishes an article
 * and then reads a list must see the change.
 */
export async function liveIdsBatched(req: PayloadRequest, ids: Id[]): Promise<Set<string>> {
  let loader = loaders.get(req)
  if (!loader) {
    loader = new DataLoader(
      async (keys) => {
        const live = await liveIds(req, [...keys])
        return keys.map((key) => live.has(key))
      },
      // setImmediate: every document's field hooks of one read reach here before the batch runs.
      { cache: false, batchScheduleFn: (run) => setImmediate(run) },
    )
    loaders.set(req, loader)
  }
  const answers = await loader.loadMany(ids.map(String))
  const live = new Set<string>()
  answers.forEach((answer, index) => {
    if (answer instanceof Error) throw answer
    if (answer) live.add(String(ids[index]))
  })
  return live
}
