import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { roleOf } from '../access/roles'
import { getOptions } from '../src/options'
import { publishedArticleId } from '../src/reactionGlue/publishedArticle'
import { relationId } from '../src/relationId'

const same = (a: unknown, b: unknown) => String(relationId(a)) === String(relationId(b))

/**
 * A reaction is the logged-in reader's, on a live article, one per reader and article: a second one
 * is a 409 that points at the first (change it with PATCH, remove it with DELETE). Moving a reaction
 * to another article or reader is refused. The unique (article, reader) index backs this check when
 * two requests race past it.
 */
export const checkReactionWrite: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const { slugs } = getOptions(req)
  const isReader = roleOf(req) === 'reader'

  if (operation === 'update') {
    if ('article' in data && !same(data.article, originalDoc?.article)) {
      throw new APIError('A reaction cannot be moved to another article: delete it instead.', 400)
    }
    if ('reader' in data && !same(data.reader, originalDoc?.reader)) {
      throw new APIError('A reaction always belongs to the reader who made it.', 403)
    }
    return data
  }

  if (isReader) {
    if (relationId(data.reader) !== null && !same(data.reader, req.user!.id)) {
      throw new APIError('A reaction is always made as the logged-in reader.', 403)
    }
    data.reader = req.user!.id
  }
  if (relationId(data.reader) === null) throw new APIError('A reaction needs a reader.', 400)
  const articleId = await publishedArticleId(req, data.article)
  const { docs } = await req.payload.find({
    collection: slugs.reactions,
    where: {
      and: [{ article: { equals: articleId } }, { reader: { equals: relationId(data.reader) } }],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  if (docs[0]) {
    const id = docs[0].id
    throw new APIError(
      `You already reacted to this article (reaction ${id}): change it with PATCH /api/${slugs.reactions}/${id} or remove it with DELETE.`,
      409,
    )
  }
  return data
}
