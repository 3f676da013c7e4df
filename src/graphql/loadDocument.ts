import type { PayloadRequest } from 'payload'
import { createDataloaderCacheKey } from 'payload'

import type { Id } from '../similarityGlue/types'
import { dbId } from '../similarityGlue/types'

/**
 * A related document as Payload's GraphQL relationship fields load it: batched through the
 * request's dataloader, at depth 0 (the query's selection populates further), with the caller's
 * access. Null when the caller may not read it or it does not exist.
 */
export async function loadDocument(
  req: PayloadRequest,
  collectionSlug: string,
  id: Id,
): Promise<Record<string, unknown> | null> {
  const key = {
    collectionSlug,
    currentDepth: 0,
    depth: 0,
    docID: dbId(req, id),
    draft: false,
    fallbackLocale: req.fallbackLocale,
    locale: req.locale,
    overrideAccess: false,
    showHiddenFields: false,
    transactionID: req.transactionID,
  } as Parameters<typeof createDataloaderCacheKey>[0]
  return (await req.payloadDataLoader.load(createDataloaderCacheKey(key))) ?? null
}
