import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import { contextForDramas, getDramaCatalog } from '../src/spoilerGlue/dramaCatalog'
import type { Id } from '../src/spoilerGlue/types'
import { detectSpoilers } from '../src/spoilers'

type Detection = {
  spoilerDetected: boolean
  spoilerDrama: Id | null
  spoilerEpisode: number | null
  spoilerReasons: string[]
}

async function detect(
  req: PayloadRequest,
  articleValue: unknown,
  body: string,
): Promise<Detection> {
  const { slugs } = getOptions(req)
  const catalog = await getDramaCatalog(req)
  const articleId = relationId(articleValue)
  const article =
    articleId === null
      ? null
      : await req.payload
          .findByID({
            collection: slugs.articles,
            id: articleId,
            depth: 0,
            select: { dramas: true },
            req,
            disableErrors: true,
          })
          .catch(() => null)
  const dramaIds = ((article?.dramas ?? []) as unknown[])
    .map(relationId)
    .filter((id): id is Id => id !== null)
  // The article's dramas: a comment under a Secretary Kim list is about Secretary Kim.
  const verdict = detectSpoilers({ text: body }, contextForDramas(catalog, dramaIds))
  const soleDrama = dramaIds.length === 1 ? dramaIds[0] : null
  const drama = verdict.drama ? (catalog.byTitle.get(verdict.drama)?.id ?? null) : soleDrama
  return {
    spoilerDetected: verdict.spoiler,
    spoilerDrama: drama,
    spoilerEpisode: verdict.episode,
    spoilerReasons: verdict.reasons,
  }
}

/**
 * Flags spoiler comments so frontends can blur them. New text (a new comment, an edited body) goes
 * through the spoiler engine with the article's dramas. `spoiler` is the writer's mark or the
 * engine's verdict: the engine only ever adds the flag, and a writer's `false` withdraws only their
 * own mark. The derived fields never take a client's values.
 */
export const tagCommentSpoilers: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!getOptions(req).isEnabled) return data
  const body = String(data.body ?? originalDoc?.body ?? '')
  // On update Payload has merged the stored values into `data`: a `spoiler` that differs from the
  // stored one is the writer changing their mark.
  const isMarkChange =
    operation === 'update' && data.spoiler !== undefined && data.spoiler !== originalDoc?.spoiler
  const markedSpoiler =
    operation === 'create' || isMarkChange
      ? data.spoiler === true
      : Boolean(originalDoc?.markedSpoiler)
  // A new mark re-runs the engine too, for the drama and episode the flag should carry.
  const detection: Detection =
    operation === 'create' || body !== originalDoc?.body || isMarkChange
      ? await detect(req, data.article ?? originalDoc?.article, body)
      : {
          spoilerDetected: Boolean(originalDoc?.spoilerDetected),
          spoilerDrama: relationId(originalDoc?.spoilerDrama),
          spoilerEpisode: originalDoc?.spoilerEpisode ?? null,
          spoilerReasons: originalDoc?.spoilerReasons ?? [],
        }
  const spoiler = markedSpoiler || detection.spoilerDetected
  return {
    ...data,
    ...detection,
    markedSpoiler,
    spoiler,
    spoilerDrama: spoiler ? detection.spoilerDrama : null,
    spoilerEpisode: spoiler ? detection.spoilerEpisode : null,
  }
}
