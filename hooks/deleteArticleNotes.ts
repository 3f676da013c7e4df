import type { CollectionBeforeDeleteHook } from 'payload'

import { notesSlug } from '../src/notesGlue/notesSlug'

/** An article's editorial notes go with it, as its history does: left behind they point at nothing. */
export const deleteArticleNotes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: notesSlug(req),
    where: { article: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
