import type { CollectionAfterReadHook } from 'payload'

import { withholdArticle } from '../src/spoilerGlue/withhold'

/**
 * Serves an article to a reader within their progress: the text of each spoiler section beyond it
 * is replaced by a placeholder (drama, episode, reasons) and its row marked `withheld`. Acts only
 * when `resolveSpoilerViewOnRead` (or the `spoilerSafeArticle` query) asked for it.
 */
export const withholdSpoilerSections: CollectionAfterReadHook = ({ doc, req }) => {
  const view = req.context.spoilerView
  if (!view || view.mode === 'full') return doc
  return withholdArticle(doc, view)
}
