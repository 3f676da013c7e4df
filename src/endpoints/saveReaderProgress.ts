import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError } from 'payload'

import { roleOf } from '../../access/roles'
import { getOptions } from '../options'
import { getDramaCatalog } from '../spoilerGlue/dramaCatalog'
import type { SavedProgress } from '../spoilerGlue/readerProgress'
import { validateWatched } from '../spoilerGlue/readerProgress'
import { dramaOfRef, withDramaProgress } from '../spoilerGlue/savedProgress'
import type { DramaCatalog } from '../spoilerGlue/types'

function requireReader(req: PayloadRequest) {
  const role = roleOf(req)
  if (role === 'anonymous') throw new APIError('Log in as a reader to save your progress.', 401)
  if (role !== 'reader') throw new APIError('Only readers save progress.', 403)
  return req.user!
}

async function episodeOf(req: PayloadRequest, catalog: DramaCatalog, drama: string) {
  await addDataAndFileToRequest(req)
  const data = req.data as Record<string, unknown> | undefined
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('episode' in data)) {
    throw new APIError(
      'Send a JSON object with the last episode watched, e.g. { "episode": 8 }.',
      400,
    )
  }
  if (typeof data.episode !== 'number') {
    throw new APIError(`episode must be a whole number, not ${JSON.stringify(data.episode)}.`, 400)
  }
  return validateWatched(catalog, [{ drama, episode: data.episode }])
    .values()
    .next().value!
}

/** Reads, changes and writes back the caller's `watched`, with their own access. */
function progressHandler(isSet: boolean): PayloadHandler {
  return async (req) => {
    const { isEnabled, slugs } = getOptions(req)
    if (!isEnabled) throw new APIError('Spoiler progress is switched off.', 404)
    const user = requireReader(req)
    const catalog = await getDramaCatalog(req)
    const ref = decodeURIComponent(String(req.routeParams?.drama ?? ''))
    const drama = dramaOfRef(catalog, ref, `watched[${ref}]`)
    const episode = isSet ? await episodeOf(req, catalog, ref) : null
    const access = { overrideAccess: false, user, depth: 0, req } as const
    const current = await req.payload.findByID({
      collection: slugs.readers,
      id: user.id,
      select: { watched: true },
      ...access,
    })
    const watched = withDramaProgress(
      (current as { watched?: SavedProgress }).watched,
      drama.id,
      episode,
    )
    const saved = await req.payload.update({
      collection: slugs.readers,
      id: user.id,
      data: { watched } as never,
      select: { watched: true },
      ...access,
    })
    const rows = ((saved as { watched?: SavedProgress }).watched ?? []).map((row) => {
      const entry = dramaOfRef(catalog, row.drama, 'watched')
      return { drama: entry.id, slug: entry.slug, title: entry.title, episode: row.episode }
    })
    return Response.json({ watched: rows })
  }
}

/**
 * A reader's progress one drama at a time (the drama by slug or id):
 * `PUT /api/readers/me/watched/:drama` with `{ "episode": 8 }` sets it, `DELETE` forgets it; the
 * other dramas' progress is left as it is. Both answer `{ watched: [{ drama, slug, title, episode }] }`.
 * An unknown drama, an episode that is not a whole number or past the drama's count is a 400, and
 * nothing is written.
 */
export const readerProgressEndpoints: Endpoint[] = [
  { path: '/me/watched/:drama', method: 'put', handler: progressHandler(true) },
  { path: '/me/watched/:drama', method: 'delete', handler: progressHandler(false) },
]
