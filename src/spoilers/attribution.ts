import type { LexiconEntry, SpoilerLexicon } from './lexicon'
import { nameTokens } from './text'

/** A lexicon phrase found in the text; offsets index the normalised text. */
export type Mention = { entry: LexiconEntry; start: number; end: number; weak: boolean }

/** The drama a section is about, with the evidence that decided it. */
export type Attribution = {
  drama: number | null
  score: number
  reasons: string[]
}

const KIND_WEIGHT = {
  title: 3,
  alias: 3,
  'title-word': 0.5,
  character: 2,
  'given-name': 1.5,
  actor: 1.2,
}
const WEAK_TITLE_WEIGHT = 0.6
const MIN_SCORE = 1
const HEADING_BOOST = 1.5
const COSTAR_BONUS = 0.6
// Sections usually name their subject first; this only settles near-ties.
const FIRST_MENTION_BONUS = 0.3
const SYNOPSIS_PER_IDF = 0.15
// Below MIN_SCORE on purpose: shared vocabulary alone never names a drama, it only breaks ties and
// backs up weak hints such as a lower-case one-word title.
const SYNOPSIS_CAP = 0.9

/** Every lexicon phrase in `text`, longest match first, scanning left to right. */
export function findMentions(text: string, lexicon: SpoilerLexicon): Mention[] {
  const tokens = nameTokens(text)
  const mentions: Mention[] = []
  for (let i = 0; i < tokens.length;) {
    const candidates = lexicon.byFirstKey.get(tokens[i].key)
    let matched: Mention | null = null
    let length = 0
    for (const entry of candidates ?? []) {
      const n = entry.keys.length
      if (i + n > tokens.length) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = tokens[i + k].key === entry.keys[k]
      if (!ok) continue
      // A sentence's first word is capitalised anyway: "The king who looks weak" is not the
      // alias "The King", so a title starting a sentence needs its last word capitalised too
      // (names are exempt: "Ji-ah" is one capitalised name split at the hyphen).
      const capital =
        n > 1 &&
        (entry.kind === 'title' || entry.kind === 'alias') &&
        sentenceStart(text, tokens[i].start)
          ? tokens[i + n - 1].capitalized
          : tokens[i].capitalized || tokens[i + n - 1].capitalized
      let weak = false
      // A capitalised title word at the start of a sentence is just a capitalised word.
      if (
        entry.kind === 'title-word' &&
        (!tokens[i].capitalized || sentenceStart(text, tokens[i].start))
      ) {
        continue
      }
      if (entry.needsCapital && !capital) {
        // A lower-case one-word title ("the goblin") is a hint, never proof.
        if (entry.kind !== 'title' || n !== 1) continue
        weak = true
      }
      matched = { entry, start: tokens[i].start, end: tokens[i + n - 1].end, weak }
      length = n
      break
    }
    if (matched) {
      mentions.push(matched)
      i += length
    } else i++
  }
  return mentions
}

function sentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?:"])\s*$/.test(text.slice(Math.max(0, start - 10), start))
}

// A title or character named while listing an actor's earlier or later roles is not what the
// section is about ("Park Seo Joon, who previously starred in Fight for My Way, leads ...").
const OTHER_WORK =
  /\b(?:previous(?:ly)?|formerly|earlier|prior|known (?:for|from)|best known|famous for|rose to|breakout|hit (?:drama|series|show)|starred|had (?:starred|played|appeared|already)|also (?:starred|appeared)|last (?:seen|appeared)|went on|later|who had|after years of|debut(?:ed)? in|since|overtak\w*|surpass\w*|compared (?:to|with)|similar to|unlike|than)\b(?:[^,;.()]|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Ep|No))\.)*/gi

function discountedSpans(text: string): Array<[number, number, number]> {
  const spans: Array<[number, number, number]> = []
  for (const m of text.matchAll(OTHER_WORK)) spans.push([m.index, m.index + m[0].length, 0.3])
  for (const m of text.matchAll(/\([^)]*\)/g)) spans.push([m.index, m.index + m[0].length, 0.5])
  return spans
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function synopsisScores(terms: Set<string>, lexicon: SpoilerLexicon): number[] {
  const scores = new Array<number>(lexicon.dramas.length).fill(0)
  for (const term of terms) {
    const posting = lexicon.termPostings.get(term)
    if (posting) for (const d of posting.dramas) scores[d] += posting.idf * SYNOPSIS_PER_IDF
  }
  return scores.map((v) => Math.min(SYNOPSIS_CAP, v))
}

/**
 * Picks the drama a section is about from its mentions: titles and aliases weigh most, then
 * characters, then actors (divided among the dramas an actor appears in, with a bonus when several
 * cast members of one drama appear together), plus a capped bonus for synopsis vocabulary.
 */
export function attributeDrama(
  heading: string,
  body: string,
  headingMentions: Mention[],
  bodyMentions: Mention[],
  terms: Set<string>,
  lexicon: SpoilerLexicon,
): Attribution {
  const n = lexicon.dramas.length
  const scores = new Array<number>(n).fill(0)
  // Keyed by drama index and filled lazily: a section touches a handful of the ~30 dramas.
  const people = new Map<number, Set<string>>()
  const evidence = new Map<number, Map<string, Set<string>>>()
  const spans = discountedSpans(body)
  const tally = (m: Mention, boost: number, discounts: Array<[number, number, number]>): void => {
    let factor = 1
    for (const [s, e, f] of discounts) if (m.start >= s && m.start < e) factor *= f
    const base = m.weak ? WEAK_TITLE_WEIGHT : KIND_WEIGHT[m.entry.kind]
    const weight = (base * factor * boost) / m.entry.dramas.length
    for (const d of m.entry.dramas) {
      scores[d] += weight
      const group = m.entry.kind === 'given-name' ? 'character' : m.entry.kind
      const person = group === 'character' || group === 'actor'
      if (person && factor === 1) {
        people.set(d, (people.get(d) ?? new Set<string>()).add(m.entry.label))
      }
      const groups = evidence.get(d) ?? new Map<string, Set<string>>()
      groups.set(group, (groups.get(group) ?? new Set<string>()).add(m.entry.label))
      evidence.set(d, groups)
    }
  }
  for (const m of headingMentions) tally(m, HEADING_BOOST, discountedSpans(heading))
  for (const m of bodyMentions) tally(m, 1, spans)
  const first = [...headingMentions, ...bodyMentions].find((m) => !m.weak)
  if (first?.entry.dramas.length === 1) scores[first.entry.dramas[0]] += FIRST_MENTION_BONUS
  for (const [d, names] of people) scores[d] += COSTAR_BONUS * (names.size - 1)
  const synopsis = synopsisScores(terms, lexicon)
  for (let d = 0; d < n; d++) scores[d] += synopsis[d]

  let best = -1
  for (let d = 0; d < n; d++) if (best < 0 || scores[d] > scores[best]) best = d
  if (best < 0 || scores[best] < MIN_SCORE) return { drama: null, score: 0, reasons: [] }

  const reasons: string[] = []
  const found = evidence.get(best) ?? new Map<string, Set<string>>()
  const title = lexicon.dramas[best].title
  if (found.get('title')) reasons.push(`names the drama ${title}`)
  const aliases = found.get('alias')
  if (aliases && !found.get('title'))
    reasons.push(`names the drama by its alias "${[...aliases][0]}"`)
  const characters = found.get('character')
  if (characters) reasons.push(`names characters ${listNames([...characters])}`)
  const actors = found.get('actor')
  if (actors)
    reasons.push(`names ${actors.size > 1 ? 'actors' : 'actor'} ${listNames([...actors])}`)
  if (!reasons.length && found.get('title-word'))
    reasons.push(`refers to ${title} by part of its title`)
  if (!reasons.length) reasons.push(`resembles the synopsis of ${title}`)
  return { drama: best, score: scores[best], reasons }
}
