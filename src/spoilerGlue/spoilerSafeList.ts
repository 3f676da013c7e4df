import { isWithheld } from './isWithheld'
import type { SpoilerSectionRow, SpoilerView } from './types'

/**
 * Whether recommending `article` could spoil this reader: some section of it goes past the
 * reader's progress (or, with `spoilers=hide`, it has any spoiler section). Its card (title,
 * excerpt) may tell the same story, so such an article is left out of the reader's similar list.
 * An article not loaded (a bare id) or without tags reveals nothing here.
 */
export function spoilsReader(article: unknown, view: SpoilerView | undefined): boolean {
  if (!view || view.mode === 'full' || typeof article !== 'object' || article === null) return false
  const sections = (article as { spoilerSections?: unknown }).spoilerSections
  if (!Array.isArray(sections)) return false
  return (sections as Array<Partial<SpoilerSectionRow>>).some((row) => isWithheld(row, view))
}

/**
 * A similar list without the articles that would spoil this reader (`spoilsReader`), order kept.
 * The stored list is longer than any page of it, so a shortened list is refilled from below.
 */
export function dropSpoilingArticles<Row extends { article?: unknown }>(
  rows: Row[],
  view: SpoilerView | undefined,
): Row[] {
  if (!view || view.mode === 'full') return rows
  return rows.filter((row) => !spoilsReader(row.article, view))
}
