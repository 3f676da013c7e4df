/** A drama the engine can attribute sections to (the CMS passes its known dramas). */
export type DramaInfo = {
  title: string
  aliases?: string[]
  episodes?: number
  synopsis?: string
  cast?: Array<{ actor: string; character: string }>
}

/** Engine input: the dramas known to the newsroom. */
export type SpoilerContext = { dramas: DramaInfo[] }

/** One section of an article. */
export type SectionInput = { heading?: string | null; text: string }

/** Result of tagging one section. */
export type SpoilerVerdict = {
  spoiler: boolean
  /** Probability-like confidence that the section is a spoiler, 0..1. */
  score: number
  /** A title from context.dramas, or null when the section is about none of them. */
  drama: string | null
  /** The latest episode whose events are revealed; null when unknown or not a spoiler. */
  episode: number | null
  /** Human-readable evidence, e.g. 'mentions episode 12', 'describes a kiss'. */
  reasons: string[]
}

/** Strong outside evidence, e.g. the scene a listicle item is linked to. */
export type SpoilerEvidence = { drama?: string | null; episode?: number | null }
