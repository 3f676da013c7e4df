import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { roleOf } from '../access/roles'
import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'

const same = (a: unknown, b: unknown) => String(relationId(a)) === String(relationId(b))

/**
 * A report is the logged-in reader's, on an approved comment someone else wrote, once per reader
 * and comment (a second is a 409; the unique (comment, reader) index backs this under races).
 */
export const checkReportWrite: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (!data || operation !== 'create') return data
  const { slugs } = getOptions(req)
  if (roleOf(req) === 'reader') {
    if (relationId(data.reader) !== null && !same(data.reader, req.user!.id)) {
      throw new APIError('A report is always made as the logged-in reader.', 403)
    }
    data.reader = req.user!.id
  }
  const readerId = relationId(data.reader)
  if (readerId === null) throw new APIError('A report needs a reader.', 400)
  const commentId = relationId(data.comment)
  if (commentId === null) throw new APIError('A report needs a comment.', 400)
  const comment = (await req.payload
    .findByID({
      collection: slugs.comments,
      id: commentId,
      depth: 0,
      select: { status: true, reader: true },
      disableErrors: true,
      req,
    })
    .catch(() => null)) as { status?: string; reader?: unknown } | null
  // A comment the reader cannot see (someone else's pending one) reads as missing.
  if (!comment || (comment.status !== 'approved' && !same(comment.reader, readerId))) {
    throw new APIError(`Comment ${commentId} does not exist.`, 400)
  }
  if (same(comment.reader, readerId)) {
    throw new APIError('You cannot report your own comment: edit or delete it instead.', 400)
  }
  if (comment.status !== 'approved') {
    throw new APIError('Only approved comments can be reported.', 400)
  }
  const { docs } = await req.payload.find({
    collection: slugs.commentReports,
    where: { and: [{ comment: { equals: commentId } }, { reader: { equals: readerId } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  if (docs[0]) {
    throw new APIError(
      `You already reported this comment (report ${docs[0].id}); a comment takes one report per reader.`,
      409,
    )
  }
  return data
}
