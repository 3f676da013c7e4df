import type { CollectionBeforeDeleteHook } from 'payload'

import { getOptions } from '../src/options'

/** An article's reactions go with it: they mean nothing without it, and would block the delete. */
export const deleteArticleReactions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: getOptions(req).slugs.reactions,
    where: { article: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
