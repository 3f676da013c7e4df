import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

type Doc = { id: number | string }

/**
 * Creates the document found by `where`, or updates it in place: running the seed twice changes nothing
 * but `updatedAt`, and an edited demo document is put back to its seeded state.
 */
export async function upsert(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  extra: { draft?: boolean } = {},
): Promise<Doc> {
  const context = { allowUnknownFields: false, disableRevalidate: true }
  // The demo data is checked by the collections' validation on save, not by the compiler.
  const typed = data as RequiredDataFromCollectionSlug<CollectionSlug>
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
  })
  if (found.docs[0]) {
    return (await payload.update({
      collection,
      id: found.docs[0].id,
      data: typed,
      depth: 0,
      context,
      ...extra,
    })) as Doc
  }
  return (await payload.create({ collection, data: typed, depth: 0, context, ...extra })) as Doc
}
