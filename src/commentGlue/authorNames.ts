import type { Payload, PayloadRequest } from 'payload'

import { getOptions, getOptionsFromConfig } from '../options'
import { relationId } from '../relationId'
import { dbId } from '../similarityGlue/types'

/** A reader's display name, read through the adapter (readers are private to the public). */
export async function displayNameOf(
  req: PayloadRequest,
  readerId: unknown,
): Promise<string | null> {
  const id = relationId(readerId)
  if (id === null) return null
  const reader = (await req.payload.db.findOne({
    collection: getOptions(req).slugs.readers,
    where: { id: { equals: dbId(req, id) } },
    select: { displayName: true },
    req,
  })) as { displayName?: string | null } | null
  return reader?.displayName ?? null
}

/**
 * Comments written before `authorName` existed have none: fill it from their readers, one write
 * per reader. Runs on init; a single query once done.
 */
export async function backfillCommentAuthorNames(payload: Payload): Promise<number> {
  const { slugs } = getOptionsFromConfig(payload.config)
  const { docs } = await payload.db.find({
    collection: slugs.comments,
    where: {
      and: [
        { or: [{ authorName: { exists: false } }, { authorName: { equals: '' } }] },
        { reader: { exists: true } },
      ],
    },
    select: { reader: true },
    limit: 0,
    pagination: false,
  })
  const readerIds = [
    ...new Set(
      (docs as Array<{ reader?: unknown }>)
        .map((doc) => relationId(doc.reader))
        .filter((id) => id !== null),
    ),
  ]
  if (readerIds.length === 0) return 0
  const { docs: readers } = await payload.db.find({
    collection: slugs.readers,
    where: { id: { in: readerIds } },
    select: { displayName: true },
    limit: 0,
    pagination: false,
  })
  for (const reader of readers as Array<{ id: number | string; displayName?: string | null }>) {
    if (!reader.displayName) continue
    await payload.db.updateMany({
      collection: slugs.comments,
      where: { reader: { equals: reader.id } },
      data: { authorName: reader.displayName },
      returning: false,
    })
  }
  payload.logger.info(`comments: filled the author name of ${docs.length} comment(s)`)
  return docs.length
}
