// Public surface of the spoiler engine. Pure TypeScript: no Payload imports, no I/O at run time.
import type { SpoilerVerdict } from './types'
import { detectSectionSpoilers } from './detect'

export type {
  DramaInfo,
  SectionInput,
  SpoilerContext,
  SpoilerEvidence,
  SpoilerVerdict,
} from './types'
export type { ArticleSection, LexicalNode, LexicalState, SpoilerArticle } from './sections'
export type { SpoilerSummary } from './summary'
export type { ArticleSpoilers } from './article'
export type { EpisodeRef } from './episodes'
export type { SpoilerLexicon } from './lexicon'

export { detectSectionSpoilers } from './detect'
export { buildSpoilerLexicon, lexiconFor } from './lexicon'
export { findEpisodeRefs, resolveEpisode } from './episodes'
export { lexicalToPlainText, splitArticleSections } from './sections'
export { spoilerWarning, summarizeSpoilers } from './summary'
export { tagArticleSpoilers } from './article'

/**
 * Decides whether an article section reveals a specific plot development of one of the known
 * dramas, which drama the section is about (even when named only by an alias, characters or
 * actors) and the latest episode it reveals. Synchronous; the matching structures for `context`
 * are built on first use and cached per context object, so repeated calls are cheap.
 */
export function detectSpoilers(
  section: { heading?: string | null; text: string },
  context: {
    dramas: Array<{
      title: string
      aliases?: string[]
      episodes?: number
      synopsis?: string
      cast?: Array<{ actor: string; character: string }>
    }>
  },
): SpoilerVerdict {
  return detectSectionSpoilers(section, context)
}
