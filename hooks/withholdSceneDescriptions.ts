import type { CollectionAfterReadHook } from 'payload'

import { withholdScene } from '../src/spoilerGlue/withholdScene'

/**
 * Serves a scene within the reader's progress: a scene from a later episode (or any scene with
 * `spoilers=hide`) comes without its description, marked `withheld`. Acts only when the request's
 * spoiler view asks for it (`resolveSpoilerViewOnSceneRead`, or an article read that populates it).
 */
export const withholdSceneDescriptions: CollectionAfterReadHook = ({ doc, req }) => {
  const view = req.context.spoilerView
  if (!view || view.mode === 'full') return doc
  return withholdScene(doc, view)
}
