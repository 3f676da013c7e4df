import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { isSystemCall } from '../access/roles'
import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'

/**
 * A note goes on an article its writer can read, and a reply on a note of the same article; neither
 * moves afterwards. Checked with the writer's access, so another author's draft is "not found".
 */
export const checkNoteTarget: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update') {
    for (const name of ['article', 'parent'] as const) {
      if (!(name in data)) continue
      if (String(relationId(data[name])) !== String(relationId(originalDoc?.[name]))) {
        throw new APIError(`A note’s ${name} cannot be changed.`, 400)
      }
    }
    return data
  }
  const { slugs } = getOptions(req)
  const articleId = relationId(data.article)
  if (articleId === null) throw new APIError('Say which article the note is on (article).', 400)
  const { totalDocs } = await req.payload.count({
    collection: slugs.articles,
    where: { id: { equals: articleId } },
    overrideAccess: isSystemCall(req),
    user: req.user,
    req,
  })
  if (totalDocs === 0) throw new APIError(`No article you can read has the id ${articleId}.`, 404)
  const parentId = relationId(data.parent)
  if (parentId === null) return data
  const parent = await req.payload.findByID({
    collection: getOptions(req).slugs.editorialNotes,
    id: parentId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (
    !parent ||
    String(relationId((parent as { article?: unknown }).article)) !== String(articleId)
  ) {
    throw new APIError('A reply must answer a note on the same article (parent).', 400)
  }
  return data
}
