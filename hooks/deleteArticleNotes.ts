import { getOptions } from '../src/options'
import type { CollectionBeforeDeleteHook } from 'payload'

/** An article's editorial notes go with it, as its history does: left behind they point at nothing. */
export const deleteArticleNotes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: getOptions(req).slugs.editorialNotes,
    where: { article: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
