import type { SpoilerArticle } from './sections'
import type { SpoilerSummary } from './summary'
import type { SpoilerContext, SpoilerVerdict } from './types'
import { detectSectionSpoilers } from './detect'
import { splitArticleSections } from './sections'
import { spoilerWarning, summarizeSpoilers } from './summary'

/** Verdicts for every section of an article plus the article-level summary and warning. */
export type ArticleSpoilers = {
  sections: Array<{ key: string; heading: string | null; verdict: SpoilerVerdict }>
  summary: SpoilerSummary
  warning: string
}

/**
 * Tags a whole article: splits it into sections, uses a listicle item's linked scene as evidence
 * for that item, and summarises the result into a warning line.
 */
export function tagArticleSpoilers(
  article: SpoilerArticle,
  context: SpoilerContext,
): ArticleSpoilers {
  const sections = splitArticleSections(article).map((section) => ({
    key: section.key,
    heading: section.heading,
    verdict: detectSectionSpoilers(section, context, section.scene ?? undefined),
  }))
  const summary = summarizeSpoilers(sections.map((s) => s.verdict))
  return { sections, summary, warning: spoilerWarning(summary) }
}
