import type { DramaInfo, SpoilerContext } from '../spoilers'

export type Id = number | string

/** A drama as the spoiler glue knows it: the CMS identity plus the engine's view of it. */
export type DramaEntry = {
  id: Id
  title: string
  slug: string | null
  /** Episode count; null when unknown. */
  episodes: number | null
  info: DramaInfo
  /** The cast as people: slug (or id) and name, for linking mentions to the People collection. */
  people: Array<{ key: string; name: string }>
}

/** Every known drama, loaded once and shared by all saves until the dramas change. */
export type DramaCatalog = {
  /** `<count>:<latest updatedAt>` of the dramas when loaded: how other processes' edits are noticed. */
  stamp: string
  dramas: DramaEntry[]
  /** The engine's context over every drama; one object, so the engine's lexicon cache keeps hitting. */
  context: SpoilerContext
  byId: Map<string, DramaEntry>
  byTitle: Map<string, DramaEntry>
  bySlug: Map<string, DramaEntry>
}

/** The editor's decision on one section. */
export type SpoilerOverride = 'auto' | 'spoiler' | 'safe'

/** One stored row of an article's `spoilerSections`. */
export type SpoilerSectionRow = {
  id?: string
  key: string
  heading: string | null
  /** What readers get: the engine's verdict unless the editor overrode it. */
  spoiler: boolean
  /** The engine's own verdict. */
  detected: boolean
  score: number
  drama: Id | null
  dramaTitle: string | null
  episode: number | null
  reasons: string[]
  override: SpoilerOverride
  /** Set on reads only: this response left the section's text out. */
  withheld?: boolean | null
}

/** How the public read of an article treats spoiler sections, resolved once per request. */
export type SpoilerView =
  | { mode: 'full' }
  | { mode: 'hide' }
  | {
      mode: 'progress'
      /** Drama id → last episode watched (0: not started). */
      watched: Record<string, number>
      /** Drama id → episode count, to judge sections whose episode is unknown. */
      totals: Record<string, number | null>
    }
