import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'

type DramaDoc = { title: string; episodes: number; cast?: Array<{ character?: string }> | null }

/** A scene must fit its drama: an episode that exists, characters from the drama's cast. */
export const validateSceneAgainstDrama: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const dramaId = relationId(data.drama ?? originalDoc?.drama)
  if (dramaId === null) return data
  const drama = (await req.payload
    .findByID({
      collection: getOptions(req).slugs.dramas,
      id: dramaId,
      depth: 0,
      req,
      disableErrors: true,
    })
    .catch(() => null)) as DramaDoc | null
  if (!drama) throw new APIError(`Drama ${dramaId} does not exist.`, 400)

  const episode = data.episode ?? originalDoc?.episode
  if (typeof episode === 'number' && (episode < 1 || episode > drama.episodes)) {
    throw new APIError(
      `Episode ${episode} is out of range: "${drama.title}" has ${drama.episodes} episodes.`,
      400,
    )
  }

  const characters: string[] = data.characters ?? originalDoc?.characters ?? []
  const cast = new Set((drama.cast ?? []).map((member) => member.character?.toLowerCase()))
  const strangers = characters.filter((name) => !cast.has(name.toLowerCase()))
  if (strangers.length > 0) {
    throw new APIError(
      `Not in the cast of "${drama.title}": ${strangers.join(', ')}. Add them to the drama's cast first.`,
      400,
    )
  }
  return data
}
