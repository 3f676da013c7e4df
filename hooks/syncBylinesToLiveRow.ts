import type { CollectionAfterChangeHook } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import { readWorkflowRow, toDbId } from '../src/workflowGlue/workflowRow'

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [])
    .map((item) => relationId(item))
    .filter((id): id is number | string => id !== null)
    .map(String)

/**
 * Ownership is read from the article's main row (access Where queries, the workflow's "own
 * article"), but a draft save writes only a new version. So a co-author added or removed in a
 * draft would own nothing until the next publish: the bylines (`author`, `coAuthors`) are copied
 * to the main row on every save that changes them. They take effect at once, on a live article's
 * public byline too.
 */
export const syncBylinesToLiveRow: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (!getOptions(req).isEnabled || doc?.id === undefined) return doc
  // A create, or a save that published, wrote the main row itself (only a draft save does not).
  if (operation === 'create' || doc._status === 'published') return doc
  const row = await readWorkflowRow(req, doc.id)
  if (!row) return doc
  const coAuthors = idsOf(doc.coAuthors)
  const author = relationId(doc.author)
  const isSame =
    String(author) === String(row.authorId) && coAuthors.join() === row.coAuthorIds.join()
  if (isSame) return doc
  await req.payload.db.updateOne({
    collection: getOptions(req).slugs.articles,
    id: row.id,
    data: {
      ...(author === null ? {} : { author: toDbId(req, author) }),
      coAuthors: coAuthors.map((id) => toDbId(req, id)),
    },
    returning: false,
    req,
  })
  return doc
}
