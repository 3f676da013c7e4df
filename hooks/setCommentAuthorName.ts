import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { displayNameOf } from '../src/commentGlue/authorNames'
import { relationId } from '../src/relationId'

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
