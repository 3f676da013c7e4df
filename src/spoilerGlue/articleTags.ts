import type { LexicalState, SpoilerArticle, SpoilerVerdict } from '../spoilers'
import {
  detectSectionSpoilers,
  splitArticleSections,
  spoilerWarning,
  summarizeSpoilers,
} from '../spoilers'
import { relationId } from '../relationId'
import type { DramaCatalog, Id, SpoilerOverride, SpoilerSectionRow } from './types'
import { rememberedVerdict } from './verdictMemo'

/** The article fields tagging reads (a merged view of the stored document and the incoming change). */
export type TaggableArticle = {
  intro?: LexicalState | null
  items?: Array<{
    id?: string | null
    heading?: string | null
    scene?: unknown
    drama?: unknown
    body?: LexicalState | null
  }> | null
  body?: LexicalState | null
  dramas?: unknown[] | null
  spoilerSections?: Array<Partial<SpoilerSectionRow>> | null
  spoilerWarning?: Partial<WarningGroup> | null
}

export type WarningMode = 'auto' | 'custom' | 'off'

/** The stored warning: the editor's choice, their own line, and what readers get. */
export type WarningGroup = {
  mode: WarningMode
  custom: string | null
  /** The line to show readers: generated, the editor's own, or empty when switched off. */
  text: string
  /** What the tagger would write; kept so the editor can compare and switch back. */
  generated: string
}

export type SummaryGroup = {
  hasSpoilers: boolean
  dramas: Array<{ drama: Id; title: string; episode: number | null }>
}

export type ArticleSpoilerFields = {
  spoilerSections: SpoilerSectionRow[]
  spoilerSummary: SummaryGroup
  spoilerWarning: WarningGroup
}

/** A linked scene's drama and episode, by scene id. */
export type SceneFacts = Map<string, { drama: Id | null; episode: number | null }>

const OVERRIDES: SpoilerOverride[] = ['auto', 'spoiler', 'safe']

function effective(verdict: SpoilerVerdict, override: SpoilerOverride): boolean {
  return override === 'auto' ? verdict.spoiler : override === 'spoiler'
}

function warningGroup(stored: Partial<WarningGroup> | null | undefined, generated: string) {
  const mode: WarningMode =
    stored?.mode === 'custom' || stored?.mode === 'off' ? stored.mode : 'auto'
  const custom = stored?.custom?.trim() || null
  const text = mode === 'auto' ? generated : mode === 'custom' ? (custom ?? '') : ''
  return { mode, custom, text, generated }
}

/**
 * Tags an article's sections with the spoiler engine and folds the verdicts into the stored fields.
 * A listicle item linked to a scene (or to a drama) hands the engine that drama and episode as
 * evidence; the editor's overrides are carried over by section key; a spoiler section the engine
 * could not attribute belongs to the article's drama when the article covers only one.
 */
export function tagArticle(
  article: TaggableArticle,
  catalog: DramaCatalog,
  scenes: SceneFacts,
): ArticleSpoilerFields {
  const titleOf = (id: unknown) => catalog.byId.get(String(relationId(id)))?.title ?? null
  const input: SpoilerArticle = {
    intro: article.intro,
    body: article.body,
    items: (article.items ?? []).map((item, index) => {
      const scene = scenes.get(String(relationId(item.scene)))
      const drama = scene ? titleOf(scene.drama) : titleOf(item.drama)
      const episode = scene?.episode ?? null
      return {
        id: item.id ?? String(index),
        heading: item.heading,
        body: item.body,
        scene: drama || episode ? { drama, episode } : null,
      }
    }),
  }
  const overrides = new Map(
    (article.spoilerSections ?? []).flatMap((row) =>
      row.key && OVERRIDES.includes(row.override as SpoilerOverride)
        ? [[row.key, row.override as SpoilerOverride]]
        : [],
    ),
  )
  const articleDramas = (article.dramas ?? []).map(relationId).filter((id) => id !== null)
  const soleDrama = articleDramas.length === 1 ? titleOf(articleDramas[0]) : null

  const rows: SpoilerSectionRow[] = []
  const verdicts: SpoilerVerdict[] = []
  for (const section of splitArticleSections(input)) {
    const verdict = rememberedVerdict(catalog.context, section, () =>
      detectSectionSpoilers(section, catalog.context, section.scene),
    )
    const override = overrides.get(section.key) ?? 'auto'
    const isSpoiler = effective(verdict, override)
    let dramaTitle = verdict.drama
    const reasons = [...verdict.reasons]
    if (isSpoiler && !dramaTitle && soleDrama) {
      dramaTitle = soleDrama
      reasons.push(`the article is about ${soleDrama}`)
    }
    // An editor's "spoiler" on a section the engine let pass still knows the linked scene's episode.
    const episode = isSpoiler ? (verdict.episode ?? section.scene?.episode ?? null) : null
    if (override !== 'auto') reasons.push(`marked ${override} by the editor`)
    verdicts.push({ ...verdict, spoiler: isSpoiler, drama: dramaTitle, episode })
    rows.push({
      key: section.key,
      heading: section.heading,
      spoiler: isSpoiler,
      detected: verdict.spoiler,
      score: verdict.score,
      drama: dramaTitle ? (catalog.byTitle.get(dramaTitle)?.id ?? null) : null,
      dramaTitle,
      episode,
      reasons,
      override,
    })
  }

  const summary = summarizeSpoilers(verdicts)
  return {
    spoilerSections: rows,
    spoilerSummary: {
      hasSpoilers: summary.hasSpoilers,
      dramas: summary.dramas.flatMap(({ drama, maxEpisode }) => {
        const entry = catalog.byTitle.get(drama)
        return entry ? [{ drama: entry.id, title: entry.title, episode: maxEpisode }] : []
      }),
    },
    spoilerWarning: warningGroup(article.spoilerWarning, spoilerWarning(summary)),
  }
}
