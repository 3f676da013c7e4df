// Part-of-speech and negation checks with wink-nlp's English model (bundled on npm, nothing
// downloaded at run time). They run only on the sentences a cheap pre-filter picks: a copula next to
// a name slot, or a negation word near a name or pronoun. The model is loaded on first use.
//
// OFF by default: in leave-one-drama-out cross-validation this layer changed F1 by -0.002 to +0.003
// (noise) on top of the sentence cues, and it doubled tagging CPU time (12.5 -> 24.5 ms for 2,000
// words under load). `npm run eval:spoilers -- --ablation` measures it again ('+wink').
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

import { ACTOR_SLOT, CHAR_SLOT } from './cues'

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | null = null
const load = (): Nlp => (nlp ??= winkNLP(model, ['pos', 'negation']))

const COPULA_HINT = /\b(?:is|was|are|were)\b/
const NEGATION_HINT = /\b(?:not|never|n't|no longer)\b/
const SUBJECT_HINT = new RegExp(`\\b(?:${CHAR_SLOT}|${ACTOR_SLOT}|she|he|they)\\b`)
const BE = new Set(['is', 'was', 'are', 'were'])
const NOMINAL = new Set(['NOUN', 'PROPN'])
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'any'])
// Verbs that under negation describe style or opinion, not a fate ("does not feel", "never looks").
const STATIVE = new Set(
  'be have do feel look seem sound know think want need like love care mind matter work'.split(' '),
)

let enabled = false
/** Turns the wink-nlp layer on or off (off, its features read 0); for ablations and benchmarks. */
export function setSyntaxLayer(on: boolean): void {
  enabled = on
}

/** Syntax features of one masked, lower-cased sentence: [copula identity, negated event]. */
export function syntaxCues(sentence: string): [number, number] {
  const copula =
    COPULA_HINT.test(sentence) && (sentence.includes(CHAR_SLOT) || /^the\b/.test(sentence))
  const negated = NEGATION_HINT.test(sentence) && SUBJECT_HINT.test(sentence)
  if (!enabled || (!copula && !negated)) return [0, 0]
  const its = load().its
  const doc = load().readDoc(sentence)
  const words = doc.tokens().out(its.normal) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const neg = doc.tokens().out(its.negationFlag) as unknown as boolean[]
  // The typings declare lemma with the add-on signature; at run time it is a token its-function.
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[]
  let identity = 0
  if (copula) {
    for (let i = 1; i < words.length - 1 && !identity; i++) {
      if (!BE.has(words[i]) || pos[i] !== 'AUX') continue
      // A nominal subject before the verb, not a pronoun or "there".
      const subject = pos.slice(0, i).some((p) => NOMINAL.has(p))
      let j = i + 1
      while (j < words.length && (pos[j] === 'ADV' || pos[j] === 'PART')) j++
      if (!subject || j >= words.length || INDEFINITE.has(words[j])) continue
      // "is killed", "is running": passive or progressive, not an equation of two people.
      if (pos[j] === 'VERB' || pos[j] === 'ADJ' || pos[j] === 'ADP') continue
      for (let k = j; k < Math.min(words.length, j + 5); k++) {
        if (NOMINAL.has(pos[k])) {
          identity = 1
          break
        }
        if (pos[k] === 'VERB' || pos[k] === 'ADP' || pos[k] === 'PUNCT') break
      }
    }
  }
  let event = 0
  if (negated) {
    for (let i = 0; i < words.length; i++) {
      if (neg[i] && pos[i] === 'VERB' && !STATIVE.has(lemma[i])) {
        event = 1
        break
      }
    }
  }
  return [identity, event]
}
