import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'
import type { SceneFacts, TaggableArticle } from '../src/spoilerGlue/articleTags'
import { tagArticle } from '../src/spoilerGlue/articleTags'
import { getDramaCatalog } from '../src/spoilerGlue/dramaCatalog'

type SceneDoc = { id: number | string; drama?: unknown; episode?: number | null }

/**
 * Tags every section of the article (intro, each listicle item, body parts) with the spoiler engine
 * on every save, and derives the article's spoiler summary and warning line. The editor's overrides
 * and warning choice are read from the incoming data, falling back to the stored document.
 */
export const tagSpoilerSections: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!getOptions(req).isEnabled) return data
  // On update `data` may hold only the change; the sections depend on the whole article.
  const article = { ...originalDoc, ...data } as TaggableArticle
  const warning = { ...originalDoc?.spoilerWarning, ...data.spoilerWarning }
  if (warning.mode === 'custom' && !warning.custom?.trim()) {
    throw new APIError(
      "A custom spoiler warning needs its text; write one or set the mode back to 'auto'.",
      400,
    )
  }
  article.spoilerWarning = warning

  const catalog = await getDramaCatalog(req)
  const scenes = await loadScenes(req, article)
  return { ...data, ...tagArticle(article, catalog, scenes) }
}

async function loadScenes(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  article: TaggableArticle,
): Promise<SceneFacts> {
  const ids = [...new Set((article.items ?? []).map((item) => relationId(item.scene)))].filter(
    (id) => id !== null,
  )
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: getOptions(req).slugs.scenes,
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { drama: true, episode: true },
    req,
  })
  return new Map(
    (docs as unknown as SceneDoc[]).map((scene) => [
      String(scene.id),
      { drama: relationId(scene.drama), episode: scene.episode ?? null },
    ]),
  )
}
