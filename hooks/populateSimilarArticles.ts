import type { FieldHook, PayloadRequest } from 'payload'
import { createDataloaderCacheKey } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import { dropSpoilingArticles } from '../src/spoilerGlue/spoilerSafeList'
import { dbId } from '../src/similarityGlue/types'

type Row = { article?: unknown; score?: number; isPinned?: boolean }

/**
 * `similarArticles` is stored as JSON (so other articles' lists are written in one statement,
 * without touching the rest of the row); this populates each row's article on read as a
 * relationship would be: batched through Payload's dataloader, with the reader's access, as the
 * articles collection's `defaultPopulate` card. Only a single article read (by id, or a list of
 * one: `decideSimilarExpansion`) expands its list, and only the document read itself:
 * an article embedded in another (a card, or a `populate` that asks for the field) keeps bare ids,
 * so nothing multiplies with depth. Rows the reader may not see keep the bare id. With the plugin
 * switched off the stored ids are returned as they are.
 */
export const populateSimilarArticles: FieldHook = async ({
  currentDepth = 1,
  data,
  depth = 0,
  draft,
  overrideAccess,
  req,
  showHiddenFields,
  value: readValue,
}) => {
  // The list is written to the live document only; a version (a draft revision) holds the copy
  // taken when it was saved. A draft read gets the live list, as readers see it.
  const value =
    draft && currentDepth <= 1 && data?.id !== undefined
      ? await readLiveList(req, data.id, readValue)
      : readValue
  const isExpanded = req.context.expandSimilarLists !== false
  if (!Array.isArray(value) || depth <= 0 || currentDepth > 1 || !isExpanded) return value
  const { isEnabled, slugs } = getOptions(req)
  if (!isEnabled) return value
  const collectionSlug = slugs.articles
  const select = req.payload.collections[collectionSlug]?.config.defaultPopulate
  const rows = await Promise.all(
    (value as Row[]).map(async (row) => {
      const id = relationId(row.article)
      if (id === null) return row
      // The same key Payload builds for a relationship (locale and transaction may be unset), so
      // these loads share one batched query with the document's other article relationships.
      const key = {
        collectionSlug,
        currentDepth: currentDepth + 1,
        depth,
        docID: dbId(req, id),
        draft: false,
        fallbackLocale: req.fallbackLocale,
        locale: req.locale,
        overrideAccess: overrideAccess ?? false,
        select,
        showHiddenFields: showHiddenFields ?? false,
        transactionID: req.transactionID,
      } as Parameters<typeof createDataloaderCacheKey>[0]
      const doc = await req.payloadDataLoader.load(createDataloaderCacheKey(key))
      return { ...row, article: doc ?? id }
    }),
  )
  // Within a reader's progress, articles that would spoil them are left out of the list.
  return dropSpoilingArticles(rows, req.context.spoilerView)
}

async function readLiveList(req: PayloadRequest, id: number | string, fallback: unknown) {
  const live = await req.payload.db.findOne<{ id: number | string; similarArticles?: unknown }>({
    collection: getOptions(req).slugs.articles,
    where: { id: { equals: id } },
    select: { similarArticles: true },
    req,
  })
  return live ? (live.similarArticles ?? []) : fallback
}
