import { stem } from '../text/tokenize'

// Editorial topics of an entertainment desk. The corpus-wide TF-IDF cannot tell that "kiss" and
// "chemistry" are the same topic, or that "ratings" and "Nielsen" are; this small lexicon can, and
// it is what separates a ratings brief from a romance listicle about the same drama. Multi-word
// entries join their words with `+` and match the stemmed bigram.
const THEME_WORDS: Record<string, string> = {
  romance:
    'kiss kisses romance romantic love lover couple chemistry date dating confession' +
    ' confess swoon flutter sweet heart boyfriend girlfriend crush flirt flirting proposal' +
    ' rom-com tender tenderness',
  ratings:
    'ratings rating viewership nielsen percent record highest figure audience audiences' +
    ' peak numbers surpassed time+slot share',
  casting:
    'cast casting confirmed confirm join joins joined offer agency production filming' +
    ' premiere announced announcement co-star adaptation',
  awards:
    'award awards daesang trophy prize won win nominee nomination honor honors' +
    ' baeksang winner accepting',
  music:
    'ost song songs soundtrack ballad track singer sing sung vocal vocals album chart' +
    ' charts melody lyrics playlist music duet chorus piano listen',
  fashion:
    'fashion outfit outfits wardrobe style stylist stylists coat coats dress dresses' +
    ' skirt blouse jacket suit suits accessory accessories wear wears hair haircut makeup' +
    ' brand costume hat shoes look looks sneakers tailoring tailored',
  recap: 'recap episode premiere opens introduces plot twist cliffhanger setup first+episode',
  // Opinion pieces, from critics' reviews to readers' letters: what they share is judgement.
  review:
    'review reviewed verdict critic critics premise ensemble pacing storytelling formula' +
    ' catharsis flaw flaws flawed charm charming rewatch masterpiece underrated overrated' +
    ' letter reader cried crying favourite favorite honestly loved',
  career:
    'career debut role roles breakthrough filmography genre genres actor actress' +
    ' performance performances generation leading turn star',
  personal:
    'married marriage wedding wed child son daughter pregnant baby relationship divorce' +
    ' mother father engaged',
  service: 'military+service enlisted enlist discharge discharged public+service',
  war: 'soldier soldiers army military officer captain sergeant troops patrol battle war marine',
  medical: 'doctor doctors surgeon hospital patient patients medical psychiatrist illness',
  crime: 'detective police murder killer prosecutor crime criminal lawyer investigation',
  workplace: 'office company boss secretary employee ceo colleague colleagues corporate',
  school: 'school student students teacher classmate classmates campus',
  fantasy:
    'ghost ghosts immortal fantasy curse cursed reaper spirit afterlife parallel magic' +
    ' magical supernatural monster time+travel',
  historical:
    'joseon dynasty historical period silla goryeo hanbok kingdom empire colonial century',
  revenge: 'revenge betrayed betrayal rivalry villain villains corrupt',
}

/** Theme lookup keyed by stemmed unigram or stemmed space-joined bigram. */
export const THEME_LEXICON: ReadonlyMap<string, string> = buildLexicon()

function buildLexicon(): Map<string, string> {
  const lexicon = new Map<string, string>()
  for (const [theme, words] of Object.entries(THEME_WORDS)) {
    for (const word of words.split(/\s+/)) {
      const key = word
        .split(/[+-]/)
        .map((part) => stem(part))
        .join(' ')
      // First theme wins, so the table order decides ambiguous words.
      if (!lexicon.has(key)) lexicon.set(key, theme)
    }
  }
  return lexicon
}

/** Theme of a stemmed word, or of a stemmed bigram given as "first second". */
export function themeOf(term: string): string | undefined {
  return THEME_LEXICON.get(term)
}

/** Words that start a multi-word lexicon entry, so callers only build bigrams when useful. */
export const THEME_BIGRAM_STARTS: ReadonlySet<string> = new Set(
  [...THEME_LEXICON.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!),
)

/**
 * Theme weights from theme hit counts (title hits count `titleWeight` times), square-rooted so
 * one repeated word cannot dominate, then L2-normalised.
 */
export function themeVector(
  titleHits: Map<string, number>,
  bodyHits: Map<string, number>,
  titleWeight: number,
): Record<string, number> {
  const raw = new Map<string, number>()
  for (const [theme, hits] of titleHits) raw.set(theme, (raw.get(theme) ?? 0) + hits * titleWeight)
  for (const [theme, hits] of bodyHits) raw.set(theme, (raw.get(theme) ?? 0) + hits)
  let norm = 0
  for (const value of raw.values()) norm += value
  if (norm === 0) return {}
  const out: Record<string, number> = {}
  let squares = 0
  for (const theme of [...raw.keys()].sort()) {
    const value = Math.sqrt(raw.get(theme)! / norm)
    out[theme] = value
    squares += value * value
  }
  const length = Math.sqrt(squares)
  for (const theme of Object.keys(out)) out[theme] = round(out[theme]! / length)
  return out
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

// Topics that belong together on an entertainment desk: a casting brief and an actor profile are
// both career news, an awards story sits between career and ratings. Unlisted pairs are unrelated.
const THEME_AFFINITY: Record<string, number> = {
  'career|casting': 0.6,
  'awards|career': 0.5,
  'career|service': 0.6,
  'awards|casting': 0.3,
  'casting|service': 0.3,
  'career|personal': 0.3,
  'awards|ratings': 0.4,
  'personal|romance': 0.3,
}

function affinity(a: string, b: string): number {
  if (a === b) return 1
  return THEME_AFFINITY[a < b ? `${a}|${b}` : `${b}|${a}`] ?? 0
}

function bilinear(a: Record<string, number>, b: Record<string, number>): number {
  let sum = 0
  for (const x in a) {
    for (const y in b) {
      const m = affinity(x, y)
      if (m !== 0) sum += a[x]! * m * b[y]!
    }
  }
  return sum
}

/** Soft cosine of two theme vectors: related topics count partly as the same topic. */
export function themeSimilarity(a: Record<string, number>, b: Record<string, number>): number {
  const denominator = Math.sqrt(bilinear(a, a) * bilinear(b, b))
  return denominator === 0 ? 0 : bilinear(a, b) / denominator
}
