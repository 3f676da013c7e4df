import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import { dbId } from '../src/similarityGlue/types'

/** The reader's display name, read through the adapter (readers are private to the public). */
async function displayNameOf(req: PayloadRequest, readerId: unknown): Promise<string | null> {
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

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * `authorName` is the public face of a comment's reader: copied from the reader's display name when
 * the comment is written (and kept in step by `syncCommentAuthorNames`), so showing it costs no
 * read of the private readers collection. Nobody sets it by hand: a different value is refused.
 */
export const setCommentAuthorName: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const current = operation === 'create' ? null : (originalDoc?.authorName ?? null)
  const isReaderChanged =
    operation === 'create' ||
    ('reader' in data &&
      String(relationId(data.reader)) !== String(relationId(originalDoc?.reader)))
  if (
    !req.context.isShowrunnerInternalWrite &&
    !blank(data.authorName) &&
    data.authorName !== current
  ) {
    const name = isReaderChanged ? await displayNameOf(req, data.reader) : current
    if (data.authorName !== name) {
      throw new APIError(
        "authorName is the reader's display name and cannot be set; change the display name instead.",
        400,
      )
    }
  }
  // Comments written before the field existed get it on their next save.
  if (isReaderChanged || blank(current)) {
    data.authorName = await displayNameOf(req, data.reader ?? originalDoc?.reader)
  }
  return data
}
