import { getOptions } from '../options'
import type { PayloadRequest } from 'payload'

/**
 * The article's editorial notes, oldest first, as the caller may read them (the collection's access
 * decides): the workflow answer lists them with the history.
 */
export async function listNotes(
  req: PayloadRequest,
  articleId: number | string,
): Promise<Array<Record<string, unknown>>> {
  if (!req.user) return []
  const { docs } = await req.payload.find({
    collection: getOptions(req).slugs.editorialNotes,
    where: { article: { equals: articleId } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs as unknown as Array<Record<string, unknown>>
}
