import type { Attribution } from './attribution'
import type { SectionAnalysis } from './features'
import type { SpoilerLexicon } from './lexicon'
import type { SectionInput, SpoilerContext, SpoilerEvidence, SpoilerVerdict } from './types'
import { attributeDrama, findMentions } from './attribution'
import { describeEpisodeRef, resolveEpisode } from './episodes'
import { analyzeSection, prepareSentences } from './features'
import { lexiconFor } from './lexicon'
import { SPOILER_THRESHOLD, sigmoid, spoilerLogit } from './scorer'
import { nameKeys, normalizeText } from './text'

// A listicle item linked to a scene is about that scene; the prior moves the decision boundary so
// only clearly non-plot text escapes the spoiler label.
const SCENE_PRIOR = 2.5
const MAX_EVENT_REASONS = 3
const NO_PLOT_CEILING = 0.3

/** Attribution and features of a section; shared by detection, training and evaluation. */
export function analyzeForModel(
  section: SectionInput,
  lexicon: SpoilerLexicon,
  forcedDrama?: number | null,
): { attribution: Attribution; analysis: SectionAnalysis } {
  const heading = normalizeText(section.heading ?? '')
  const body = normalizeText(section.text)
  const headingMentions = findMentions(heading, lexicon)
  const bodyMentions = findMentions(body, lexicon)
  const sentences = prepareSentences(heading, body, headingMentions, bodyMentions)
  const terms = new Set(sentences.flatMap((s) => s.terms))
  const attribution = attributeDrama(heading, body, headingMentions, bodyMentions, terms, lexicon)
  const drama = forcedDrama ?? attribution.drama
  const analysis = analyzeSection(sentences, bodyMentions, drama, lexicon)
  return { attribution, analysis }
}

/** A scorer other than the committed model, for cross-validation (a fold's own fit). */
export type SectionScorer = { logit: (features: number[]) => number; threshold: number }

type PickedEpisode = { episode: number | null; reason: string | null }

// The latest episode named in a sentence that narrates events; episodes named only in passing
// ("ratings rose after episode 4") count when no sentence narrates anything.
function pickEpisode(analysis: SectionAnalysis, total: number | null | undefined): PickedEpisode {
  const refs = analysis.episodeRefs.filter((r) => !r.ref.anchor)
  const eventful = refs.filter((r) => r.eventful)
  const pool = eventful.length ? eventful : refs
  let best: PickedEpisode = { episode: null, reason: null }
  for (const { ref } of pool) {
    const value = resolveEpisode(ref, total)
    if (value !== null && (best.episode === null || value > best.episode)) {
      best = { episode: value, reason: describeEpisodeRef(ref, total) }
    }
  }
  return best
}

function findDrama(lexicon: SpoilerLexicon, name: string): number | null {
  const key = nameKeys(name).join(' ')
  const index = lexicon.dramas.findIndex((d) =>
    [d.title, ...(d.aliases ?? [])].some((t) => nameKeys(t).join(' ') === key),
  )
  return index < 0 ? null : index
}

/**
 * Tags one section like `detectSpoilers`, optionally with strong outside evidence: a listicle item
 * linked to a scene takes the scene's drama as its attribution, reports at least the scene's
 * episode, and is a spoiler unless its text is clearly not about plot.
 */
export function detectSectionSpoilers(
  section: SectionInput,
  context: SpoilerContext,
  evidence?: SpoilerEvidence,
  scorer?: SectionScorer,
): SpoilerVerdict {
  const lexicon = lexiconFor(context)
  const sceneDrama = evidence?.drama ? findDrama(lexicon, evidence.drama) : null
  const { attribution, analysis } = analyzeForModel(section, lexicon, sceneDrama)
  const dramaIndex = sceneDrama ?? attribution.drama
  const dramaInfo = dramaIndex === null ? null : lexicon.dramas[dramaIndex]
  const dramaTitle = dramaInfo?.title ?? evidence?.drama ?? null
  const fromScene = Boolean(evidence?.drama || evidence?.episode)

  let logit = scorer ? scorer.logit(analysis.features) : spoilerLogit(analysis.features)
  if (fromScene) logit += SCENE_PRIOR
  let score = sigmoid(logit)
  // Nothing happens in a section without a single event cue or narrated character action, so it
  // cannot reveal a plot development; a linked scene is itself the plot unless the text is plainly
  // news or opinion.
  const noPlot = analysis.plotSignal === 0 && (!fromScene || analysis.frameSignal > 0)
  if (noPlot) score = Math.min(score, NO_PLOT_CEILING)
  const spoiler = score >= (scorer ? scorer.threshold : SPOILER_THRESHOLD)

  const reasons = evidence?.drama ? [] : [...attribution.reasons]
  if (fromScene && dramaTitle) reasons.push(`linked to a scene from ${dramaTitle}`)
  let episode: number | null = null
  if (spoiler) {
    const picked = pickEpisode(analysis, dramaInfo?.episodes)
    episode = picked.episode
    if (picked.reason) reasons.push(picked.reason)
    if (evidence?.episode && (episode === null || evidence.episode > episode)) {
      episode = evidence.episode
      reasons.push(`linked scene is from episode ${episode}`)
    }
    const events = analysis.eventReasons.slice(0, MAX_EVENT_REASONS)
    reasons.push(...(events.length ? events : ['narrates what the characters do']))
  } else {
    const frames = analysis.frameReasons.slice(0, 2)
    reasons.push(...(frames.length ? frames : ['describes no specific plot development']))
  }
  return { spoiler, score: Math.round(score * 1000) / 1000, drama: dramaTitle, episode, reasons }
}
