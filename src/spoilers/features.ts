import type { Mention } from './attribution'
import type { EventKind, FrameKind } from './cues'
import type { EpisodeRef } from './episodes'
import type { SpoilerLexicon } from './lexicon'
import { ACTOR_SLOT, CHAR_SLOT, EVENT_CUES, FRAME_CUES, TITLE_SLOT } from './cues'
import { findEpisodeRefs } from './episodes'
import { assertedHits, narration } from './narration'
import { SENTENCE_CUE_NAMES, sentenceCueCounts } from './sentenceCues'
import { syntaxCues } from './syntax'
import { overlapTerms, splitSentences } from './text'

/** Names of the model inputs, in vector order; model.ts stores weights in the same order. */
export const FEATURE_NAMES = [
  'eventNovel',
  'eventCovered',
  'strongKinds',
  'ending',
  'progress',
  'narrative',
  'narrativeNovel',
  'narrativePast',
  'characters',
  'actors',
  'episodeAny',
  'episodeEventful',
  'news',
  'opinion',
  'future',
  'premise',
  'coverage',
  'newsOnly',
  ...SENTENCE_CUE_NAMES,
  'copulaPos',
  'negatedEvent',
] as const

// Sentence cues that narrate a development: they count as plot for the no-plot ceiling.
const CUE_NAMES: readonly string[] = [...SENTENCE_CUE_NAMES, 'copulaPos', 'negatedEvent']
const PLOT_CUES = new Set<string>([
  'identityCopula',
  'fateNegated',
  'endgame',
  'timeSkip',
  'gerund',
  'actorFinite',
  'placement',
  'passive',
  'copulaPos',
  'negatedEvent',
])

/** A located episode reference and whether its sentence narrates events. */
export type SentenceEpisodeRef = { ref: EpisodeRef; eventful: boolean }

/** Everything the scorer and the reason writer need to know about one section. */
export type SectionAnalysis = {
  features: number[]
  /** Event reasons, strongest first, from sentences that are not synopsis-level. */
  eventReasons: string[]
  frameReasons: string[]
  episodeRefs: SentenceEpisodeRef[]
  /** Any plot-event, turning-point or narrated-action signal at all; zero means no plot. */
  plotSignal: number
  /** News, opinion and setup signal combined. */
  frameSignal: number
}

const SLOT_WORDS = new RegExp(`\\b(?:${TITLE_SLOT}|${CHAR_SLOT}|${ACTOR_SLOT})\\b`, 'gi')
const STRONG = new Set<EventKind>([
  'kiss',
  'confession',
  'proposal',
  'breakup',
  'wedding',
  'death',
  'identity',
  'fate',
])
const NEWS = new Set<FrameKind>([
  'ratings',
  'schedule',
  'streaming',
  'casting',
  'production',
  'awards',
  'poll',
])

/** Replaces mentions with slot words; capitalised so sentence splitting still sees a new sentence. */
function mask(text: string, mentions: Mention[]): string {
  let out = ''
  let last = 0
  for (const m of mentions) {
    const kind = m.entry.kind
    const isTitle = kind === 'title' || kind === 'alias' || kind === 'title-word'
    const slot = kind === 'actor' ? ACTOR_SLOT : isTitle ? TITLE_SLOT : CHAR_SLOT
    // Keep the possessive: "xcharx's mother shows up" still has a subject.
    const possessive = text.slice(m.end - 2, m.end) === "'s" ? "'s" : ''
    out += text.slice(last, m.start) + slot[0].toUpperCase() + slot.slice(1) + possessive
    last = m.end
  }
  return out + text.slice(last)
}

function coverage(terms: string[], synopsis: Set<string> | null): number {
  if (!synopsis || !terms.length) return 0
  const distinct = new Set(terms)
  let hit = 0
  for (const t of distinct) if (synopsis.has(t)) hit++
  return hit / distinct.size
}

/** A sentence with names masked, lower-cased, and its synopsis-overlap terms. */
export type PreparedSentence = { text: string; lower: string; terms: string[] }

/** Masks names, splits sentences (the heading counts as one) and extracts overlap terms once. */
export function prepareSentences(
  heading: string,
  body: string,
  headingMentions: Mention[],
  bodyMentions: Mention[],
): PreparedSentence[] {
  const sentences = splitSentences(mask(body, bodyMentions))
  if (heading.trim()) sentences.unshift(mask(heading, headingMentions))
  return sentences.map((text) => ({
    text,
    lower: text.toLowerCase(),
    terms: overlapTerms(text.replace(SLOT_WORDS, ' ')),
  }))
}

/**
 * Turns a section into model features: plot-event cues discounted by how much of each sentence the
 * drama's synopsis already covers, narrated character actions, episode references, and news,
 * opinion, look-ahead and premise framing.
 */
export function analyzeSection(
  sentences: PreparedSentence[],
  bodyMentions: Mention[],
  drama: number | null,
  lexicon: SpoilerLexicon,
): SectionAnalysis {
  const synopsis = drama === null ? null : lexicon.synopsisTerms[drama]

  const eventScore = new Map<string, number>()
  const frameCount = new Map<FrameKind, number>()
  const frameReason = new Map<FrameKind, string>()
  const strongKinds = new Set<EventKind>()
  const episodeRefs: SentenceEpisodeRef[] = []
  let eventNovel = 0
  let eventCovered = 0
  let ending = 0
  let narrative = 0
  let narrativeNovel = 0
  let narrativePast = 0
  let covSum = 0
  let covTerms = 0

  // Each cue scans the whole section once and its matches are mapped back to sentences; scanning
  // sentence by sentence cost several times more.
  const starts: number[] = []
  let offset = 0
  for (const s of sentences) {
    starts.push(offset)
    offset += s.lower.length + 1
  }
  const whole = sentences.map((s) => s.lower).join('\n')
  const shares = sentences.map((s) => coverage(s.terms, synopsis))
  const eventW = new Array<number>(sentences.length).fill(0)
  for (const cue of EVENT_CUES) {
    for (const [i, hits] of assertedHits(whole, starts, cue.re)) {
      const weight = cue.weight * Math.min(hits, 2)
      eventW[i] += weight
      if (cue.kind === 'ending') ending += hits
      if (shares[i] < 0.5) {
        eventScore.set(cue.reason, (eventScore.get(cue.reason) ?? 0) + weight)
        if (STRONG.has(cue.kind)) strongKinds.add(cue.kind)
      }
    }
  }
  for (const cue of FRAME_CUES) {
    cue.re.lastIndex = 0
    const hits = whole.match(cue.re)?.length ?? 0
    if (!hits) continue
    frameCount.set(cue.kind, hits)
    frameReason.set(cue.kind, cue.reason)
  }
  // Pronoun subjects only count once the section has named a character they can stand for.
  const hasCharacters = bodyMentions.some(
    (m) => m.entry.kind === 'character' || m.entry.kind === 'given-name',
  )
  sentences.forEach(({ text, lower, terms }, i) => {
    const share = shares[i]
    covSum += share * terms.length
    covTerms += terms.length
    const told = narration(lower, hasCharacters)
    const narrated = told !== 'none'
    if (narrated) narrative++
    if (told === 'past') narrativePast++
    if (narrated && share < 0.4) narrativeNovel++
    eventNovel += eventW[i] * (1 - share)
    eventCovered += eventW[i] * share
    for (const ref of findEpisodeRefs(text)) {
      episodeRefs.push({ ref, eventful: eventW[i] > 0 || narrated })
    }
  })

  const count = (kind: FrameKind): number => frameCount.get(kind) ?? 0
  let news = 0
  for (const kind of NEWS) news += count(kind)
  const characters = new Set(
    bodyMentions
      .filter((m) => m.entry.kind === 'character' || m.entry.kind === 'given-name')
      .map((m) => m.entry.label),
  )
  const actors = bodyMentions.filter((m) => m.entry.kind === 'actor').length
  const cues = sentenceCueCounts(sentences.map((s) => s.lower))
  let copulaPos = 0
  let negatedEvent = 0
  for (const s of sentences) {
    const [identity, negated] = syntaxCues(s.lower)
    copulaPos += identity
    negatedEvent += negated
  }
  cues.push(copulaPos, negatedEvent)
  const cuePlot = cues.reduce((sum, v, j) => sum + (PLOT_CUES.has(CUE_NAMES[j]) ? v : 0), 0)
  // An episode named in a sentence says what happens in it unless the framing says otherwise
  // (ratings, schedules); the model weighs that, the ceiling only catches sections with no plot.
  const named = episodeRefs.filter((r) => !r.ref.anchor).length
  const plotSignal = eventNovel + eventCovered + narrative + count('progress') + cuePlot + named
  const features = [
    Math.log1p(eventNovel),
    Math.log1p(eventCovered),
    strongKinds.size,
    Math.log1p(ending),
    Math.log1p(count('progress')),
    Math.log1p(narrative),
    Math.log1p(narrativeNovel),
    Math.log1p(narrativePast),
    Math.log1p(characters.size),
    Math.log1p(actors),
    episodeRefs.length ? 1 : 0,
    episodeRefs.some((r) => r.eventful) ? 1 : 0,
    Math.log1p(news),
    Math.log1p(count('opinion')),
    Math.log1p(count('future')),
    Math.log1p(count('premise')),
    covTerms ? covSum / covTerms : 0,
    news > 0 && eventNovel + eventCovered === 0 ? 1 : 0,
    ...cues.map((v) => Math.log1p(v)),
  ]
  const eventReasons = [...eventScore.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r)
  const frameReasons = [...frameCount.entries()]
    .filter(([kind]) => kind !== 'progress')
    .sort((a, b) => b[1] - a[1])
    .map(([kind]) => frameReason.get(kind) as string)
  return {
    features,
    eventReasons,
    frameReasons,
    episodeRefs,
    plotSignal,
    frameSignal: news + count('opinion') + count('premise') + count('future'),
  }
}
