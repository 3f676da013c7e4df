import type { CollectionBeforeChangeHook } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'

type Id = number | string
type SceneDoc = { id: Id; drama: Id | { id: Id }; characters?: string[] | null }
type DramaDoc = { id: Id; cast?: Array<{ person: Id | { id: Id }; character: string }> | null }

/**
 * Keeps an article's `dramas` and `people` covering what its listicle items show: each item's scene
 * adds its drama and the actors playing its characters. Editors' own additions are kept (union).
 */
export const fillCoverageFromScenes: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!getOptions(req).isEnabled || !Array.isArray(data.items)) return data
  type Item = { scene?: unknown; drama?: unknown }
  const items = data.items as Item[]
  const sceneIds = unique(items.map((item) => relationId(item.scene)))
  const itemDramaIds = unique(items.map((item) => relationId(item.drama)))
  if (sceneIds.length === 0 && itemDramaIds.length === 0) return data

  const { slugs } = getOptions(req)
  const scenes =
    sceneIds.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: slugs.scenes,
          where: { id: { in: sceneIds } },
          depth: 0,
          limit: sceneIds.length,
          pagination: false,
          req,
        })
  const sceneDocs = scenes.docs as unknown as SceneDoc[]
  const dramaIds = unique([...sceneDocs.map((scene) => relationId(scene.drama)), ...itemDramaIds])
  const dramas = await req.payload.find({
    collection: slugs.dramas,
    where: { id: { in: dramaIds } },
    depth: 0,
    limit: dramaIds.length,
    pagination: false,
    req,
  })
  const castByDrama = new Map(
    (dramas.docs as unknown as DramaDoc[]).map((drama) => [String(drama.id), drama.cast ?? []]),
  )
  const peopleIds = sceneDocs.flatMap((scene) => {
    const cast = castByDrama.get(String(relationId(scene.drama))) ?? []
    const names = new Set((scene.characters ?? []).map((name) => name.toLowerCase()))
    return cast
      .filter((member) => names.has(member.character.toLowerCase()))
      .map((member) => relationId(member.person))
  })

  const existingDramas: unknown[] = data.dramas ?? originalDoc?.dramas ?? []
  const existingPeople: unknown[] = data.people ?? originalDoc?.people ?? []
  data.dramas = unique([...existingDramas.map(relationId), ...dramaIds])
  data.people = unique([...existingPeople.map(relationId), ...peopleIds])
  return data
}

function unique(ids: Array<Id | null>): Id[] {
  const seen = new Map<string, Id>()
  for (const id of ids) if (id !== null && !seen.has(String(id))) seen.set(String(id), id)
  return [...seen.values()]
}
