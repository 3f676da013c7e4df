import { ACTOR_SLOT, CHAR_SLOT } from './cues'

// An event under a modal or a question ("who she will marry", "if he dies") is not revealed.
const HYPOTHETICAL =
  /(?:\b(?:will|would|could|might|may|wants? to|hopes? to|plans? to|whether|if|can't wait to|cannot wait to)|\b(?:guess(?:es|ing)?|wonder(?:s|ed|ing)?|question of|ask(?:s|ed|ing)?|debat(?:e|es|ed|ing)|predict(?:s|ed|ing)?|theories about)\s+(?:who|whether|if|how|what))\s+(?:[a-z']+\s+){0,3}$/

// Index of the sentence containing offset `at`, given ascending sentence start offsets.
function sentenceIndex(starts: number[], at: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Matches of `re` per sentence over a whole section (sentences joined by newlines, sentence i
 * starting at starts[i]), leaving out matches under a modal or a question.
 */
export function assertedHits(whole: string, starts: number[], re: RegExp): Map<number, number> {
  const hits = new Map<number, number>()
  re.lastIndex = 0
  for (const m of whole.matchAll(re)) {
    const i = sentenceIndex(starts, m.index)
    if (HYPOTHETICAL.test(whole.slice(Math.max(starts[i], m.index - 40), m.index))) continue
    hits.set(i, (hits.get(i) ?? 0) + 1)
  }
  return hits
}

// Irregular past forms count as finite verbs after a character ("xcharx told", "she left").
const IRREGULAR_PAST = new Set(
  'did told found left fell took gave came went saw knew got broke kept held lost met ran thought became began brought caught chose felt forgot hid heard led meant paid sat spent stood stole swore threw understood woke wrote cut put hit let set shut fought sent built bought sold drove rode flew grew wore tore struck hung dug fed bled bent swept slept wept knelt leapt lit shot split spread sank sang rang swam forgave froze bit rose spoke blew ate stuck sought taught slid'.split(
    ' ',
  ),
)

// A character (or a pronoun standing for one) as the subject of a finite verb: "xcharx finally
// tells", "xcharx, still in her apron, tells", "xcharx and xcharx overcome", "she told him".
const ADVERBS =
  '(?:\\s+(?:finally|quietly|eventually|then|later|soon|also|never|still|at last|herself|himself|only|secretly|suddenly|immediately|even|actually|really|just|again|both))*'
const NOT_VERB =
  'is|was|has|had|as|in|who|whose|which|that|and|or|plays|played|stars|starred|says|said|does|its|this|his|hers|news|series|always|perhaps|sometimes|years|days|ways|fans|viewers|episodes|scenes|looks|parents|friends|family|character|role|actor|actress|became|becomes|made|makes|gave|gives|remains|remained|won|wins|earned|earns|drew|draws|received|receives|proved|proves|deserves|deserved|feels|felt|seems|seemed|looked|sounds|appears|appeared|needs|needed|wanted|wants|loves|likes|hates|lives|lived'
const FINITE = `(?!(?:${NOT_VERB})\\b)(?:[a-z]{2,}(?:s|ed)|${[...IRREGULAR_PAST].join('|')})\\b`
const BASE = `(?!(?:${NOT_VERB}|are|were|have|will|would|can|could|may|might|should|must)\\b)[a-z]{3,}\\b`
// Not a narrated event: "watching xcharx and xcharx bicker", "the scene where xcharx dangles".
// Checked on the text before a match rather than as a lookbehind, which V8 would try at every
// position of every sentence.
const NOT_SUBJECT =
  /\b(?:watching|seeing|watch|see|let|letting|make|making|help|helping|having|scenes? (?:where|in which|when))\s+$/
const ROLE = `(?:${CHAR_SLOT}(?:'s\\s+[a-z-]+)?|${ACTOR_SLOT}'s\\s+(?!${CHAR_SLOT})[a-z-]+)`
const NARRATIVE_PATTERNS = [
  new RegExp(`\\b${ROLE}\\b${ADVERBS}\\s+(${FINITE})`, 'g'),
  new RegExp(`\\b${ROLE},[^,.;]{3,80},${ADVERBS}\\s+(${FINITE})`, 'g'),
  new RegExp(`\\b${CHAR_SLOT}\\s+and\\s+${CHAR_SLOT}\\b${ADVERBS}\\s+(${BASE})`, 'g'),
  new RegExp(`\\b(?:she|he)\\b${ADVERBS}\\s+(${FINITE})`, 'g'),
]
const PAST_FORM = new RegExp(`^(?:[a-z]+ed|${[...IRREGULAR_PAST].join('|')})$`)

/** How a sentence narrates a character's action: not at all, in the present, or in the past. */
export type Narration = 'none' | 'present' | 'past'

/** Whether a masked, lower-cased sentence narrates something a character does, and in which tense. */
export function narration(masked: string, hasCharacters = true): Narration {
  const named = masked.includes(CHAR_SLOT) || masked.includes(ACTOR_SLOT)
  if (!named && !hasCharacters) return 'none'
  let found: Narration = 'none'
  NARRATIVE_PATTERNS.forEach((re, k) => {
    if (found === 'past' || (k < 3 ? !named : !hasCharacters)) return
    for (const m of masked.matchAll(re)) {
      const before = masked.slice(Math.max(0, m.index - 40), m.index)
      if (HYPOTHETICAL.test(before) || NOT_SUBJECT.test(before)) continue
      found = PAST_FORM.test(m[1]) ? 'past' : 'present'
      if (found === 'past') return
    }
  })
  return found
}
