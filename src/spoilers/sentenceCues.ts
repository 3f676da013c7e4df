// Sentence-level cues for the spoiler classes that carry no spoiler vocabulary (issue 12): identity
// reveals told as copula sentences, fates told by what no longer happens, endgame couples, time
// skips, events placed by vague time, characters or actors narrated in the comment voice
// ("Lee Min-ho running through the airport"), and the two false-spoiler voices: loglines whose
// subject is the drama itself, and poll, fashion, OST and tourism items. The patterns run on
// masked, lower-cased sentences (names replaced by the slot words of cues.ts).
import { ACTOR_SLOT as A, CHAR_SLOT as C, TITLE_SLOT as T } from './cues'

const w = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`)

// "Xcharx is xcharx", "the kindly neighbour is the arsonist", "xcharx, the girl ..., is xcharx's
// daughter". Indefinite complements ("is a lawyer who") are premise, not reveals.
const COPULA = new RegExp(
  `\\b(?:is|was|are|were)\\s+(?:really\\s+|actually\\s+|secretly\\s+|also\\s+|in fact\\s+|none other than\\s+|not\\s+${C}\\s+but\\s+)?` +
    `(?:the\\s+(?!(?:story|tale|drama|series|show|heart|reason|best|most|first|only|last)\\b)|his\\s+|her\\s+|their\\s+|${C}(?:'s)?\\b|${A}'s\\s+(?:own\\s+)?\\w+|one of (?:the|his|her|their)\\b|someone (?:from|in|at|inside|close)\\b)`,
)
const COPULA_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:that|so|and|but)\\s+)(?:${C}(?:'s\\s+(?:[a-z-]+\\s+){0,2}[a-z-]+)?|the\\s+(?:[a-z-]+\\s+){0,5}(?:who|whose|whom|that|with|from|in)\\b[^,.]*|the\\s+(?:[a-z-]+\\s+){0,3}[a-z-]+|${C}(?:,[^,]{3,80},)?|the one)\\s*(?:,[^,]{3,80},\\s*)?$`,
)

// Fates by what no longer happens: "never makes it to the wedding", "is not seen again",
// "does not come home", "slips away in her sleep", "nothing left of him".
const FATE_NEGATED = w(
  "(?:never|not|n't|no longer)\\s+(?:[a-z']+\\s+){0,2}?(?:make|makes|made)\\s+it|(?:never|not)\\s+(?:seen|heard from)\\s+(?:again|from again)|(?:never|not|n't)\\s+(?:[a-z']+\\s+){0,2}?(?:come|comes|came|get|gets|go|goes|walk|walks)\\s+(?:home|back|out|up)|(?:never|not|n't)\\s+(?:[a-z']+\\s+){0,2}?(?:wake|wakes|woke)\\b|(?:never|not|n't)\\s+(?:[a-z']+\\s+){0,2}?(?:survive|survives|recover|recovers|return|returns|leave|leaves|reach|reaches|live|lives)\\b|(?:never|not)\\s+(?:[a-z']+\\s+){0,2}?gets?\\s+to|(?:is|are)\\s+gone|slips?\\s+away|for the last time|without waking|nothing left of|what is left of|is never in|not part of the story|not (?:on|in|with|beside)\\s+(?:it|the|him|her)\\b[^.]{0,40}\\b(?:when|after|leaves|comes)|goes? quiet|turns? to (?:ash|dust)|takes? (?:him|her|them) (?:before|in|at)|last (?:time )?we see (?:him|her|them)",
)

const ENDGAME = w(
  'end(?:s|ed)?\\s+up\\s+(?:together|married|with|as|split|in)|are (?:married|engaged|a couple|together)|is married|are still together|(?:choose|chooses|chose) (?:each other|him|her)|endgame|do(?:es)? end up|re-sign|stay together',
)

const TIME_SKIP = w(
  '(?:jumps?|skips?|moves?|flash(?:es)?|fast-forwards?)\\s+(?:[a-z-]+\\s+){0,3}?(?:ahead|forward|on|later)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some|few|\\d+)\\s+(?:years?|months?|seasons?)\\s+(?:on|ahead|later|pass)|in the present|years later|time skip|epilogue',
)

const PLACEMENT = w(
  'in the (?:back|second|latter|last|final) (?:half|part|stretch|act)|towards? the (?:end|finish)|in the (?:later|late|last|final|closing) (?:episodes|part|stretch|act|weeks|scenes)|by the end|eventually|later on|later in the (?:series|season|drama|show|run)|at the later part|around the middle(?: of (?:the )?series)?|midway through|after some time passes|at the very end|by the (?:last|final) (?:stretch|act|episode)',
)

// The comment voice: a name, then a participle ("xactorx carrying xactorx's mother", "xcharx
// telling xcharx"); casting verbs are not events.
const GERUND = new RegExp(
  `\\b(?:${C}|${A}|${A}'s\\s+(?:[a-z-]+\\s+)?[a-z-]+)\\s+(?:finally\\s+|just\\s+|quietly\\s+|calmly\\s+|still\\s+|then\\s+)?` +
    `(?!(?:playing|starring|acting|being|looking|returning|joining|filming|trending|wearing|singing on|promoting|during|everything|nothing|something|morning|evening|wedding|ending|feeling|building|meeting)\\b)[a-z]{3,}ing\\b`,
)
// An actor as the subject of a finite verb ("xactorx's fox chooses"): the plain narration patterns
// only accept characters.
const ACTOR_FINITE = new RegExp(
  `\\b${A}\\s+(?!(?:plays|played|stars|starred|said|says|won|wins|joined|joins|returns|returned|is|was|has|had|will|and|as|in)\\b)[a-z]{3,}(?:s|ed)\\b`,
)

// Loglines: the drama itself is the subject of a setup verb ("xtitlex follows", "xtitlex sees a
// loyal company man murdered"), or the sentence opens "in xtitlex, a ..." or "xtitlex starts when".
const TITLE_PREMISE = new RegExp(
  `(?:^|\\b\\d+\\.\\s+)(?:in\\s+(?:the\\s+drama\\s+)?|the (?:setup|set-up|premise|story) of\\s+)?${T}(?:'s)?\\s*(?:[,:]\\s*(?:an?|the)\\b|\\s+(?:is\\s+(?:about|telling|the story|a story)|follows|sees|finds|starts|begins|opens|kicks off|cent(?:er|re)s|revolves|sets up|tells|hands|wakes up|stars|is set)\\b)`,
)
const SETUP_WHEN = w(
  '(?:starts?|begins?|kicks? off|opens?)\\s+(?:with|when)|the (?:classic )?setup|sets up an?|each episode|every episode|the premise',
)

const BUZZ = w(
  'outfits?|coats?|suits?|jackets?|hoodies?|uniforms?|hairstyles?|hair|look|fashion|style icon|trend(?:s|ed|ing)?|sold out|costumes?|cosplay|merch(?:andise)?|photo spots?|tourist|filming locations?|memes?|viral|fan edits|fan art|voted|poll|survey|ranked|fan favou?rite|most (?:rewatched|romantic|iconic|memorable|satisfying|quoted|talked-about|intense|beautiful)|ost|soundtrack|karaoke|charts?|charted|pop-up|exhibit(?:ion)?|hashtag|reissued|replica|open for (?:visits|tours)',
)

// Passive narration of a character ("xcharx is beaten", "xcharx was transferred", "gets shot").
const PASSIVE = new RegExp(
  `\\b(?:${C}|she|he|they)\\s+(?:is|was|are|were|gets|got|is being)\\s+(?:not\\s+)?(?!(?:based|set|known|called|named|played|cast|married to|about)\\b)[a-z]{3,}(?:ed|en|wn|ht)\\b`,
)

// What an actor or writer says about the work is not what happens in it.
const INTERVIEW = w(
  'said|says|told (?:reporters|a|the)|in an interview|recalled|added|admitted that|explained|according to|revealed in|reportedly|the actress|the actor',
)

/** Names of the sentence-cue features, in the order sentenceCueCounts returns them. */
export const SENTENCE_CUE_NAMES = [
  'identityCopula',
  'fateNegated',
  'endgame',
  'timeSkip',
  'placement',
  'gerund',
  'actorFinite',
  'titlePremise',
  'buzz',
  'passive',
  'interview',
] as const

/** Whether a masked sentence states an identity with a copula ("xcharx is the arsonist"). */
export function copulaReveal(lower: string): boolean {
  const m = COPULA.exec(lower)
  if (!m) return false
  const before = lower.slice(0, m.index).trim()
  if (!before || /^(?:it|this|that|there|he|she|they|what|which|who)$/.test(before)) return false
  if (new RegExp(`^(?:in\\s+)?${T}\\b`).test(before)) return false
  return COPULA_SUBJECT.test(before)
}

// A development asked about or hoped for ("Will they end up together?", "fans wonder whether she
// makes it") is not revealed: questions and modal clauses are skipped for the plot cues.
const UNASSERTED =
  /\?\s*$|\b(?:will|would|could|might|may|if|whether|wonder(?:s|ing)?|hopes?|can't wait|cannot wait|theor(?:y|ies))\b/

/** Counts of each sentence cue over a section's masked, lower-cased sentences. */
export function sentenceCueCounts(sentences: string[]): number[] {
  const counts = new Array<number>(SENTENCE_CUE_NAMES.length).fill(0)
  for (const s of sentences) {
    if (UNASSERTED.test(s)) {
      // Only the framing cues count in a question or a modal sentence.
      if (TITLE_PREMISE.test(s) || SETUP_WHEN.test(s)) counts[7]++
      if (BUZZ.test(s)) counts[8]++
      if (INTERVIEW.test(s)) counts[10]++
      continue
    }
    if (copulaReveal(s)) counts[0]++
    if (FATE_NEGATED.test(s)) counts[1]++
    if (ENDGAME.test(s)) counts[2]++
    if (TIME_SKIP.test(s)) counts[3]++
    if (PLACEMENT.test(s)) counts[4]++
    if (GERUND.test(s)) counts[5]++
    if (ACTOR_FINITE.test(s)) counts[6]++
    if (TITLE_PREMISE.test(s) || SETUP_WHEN.test(s)) counts[7]++
    if (BUZZ.test(s)) counts[8]++
    if (PASSIVE.test(s)) counts[9]++
    if (INTERVIEW.test(s)) counts[10]++
  }
  return counts
}
