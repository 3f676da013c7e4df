import { eng } from 'stopword'

import { stem } from '../text/tokenize'

/** Straight quotes, plain spaces and spaced dashes, so every later regex sees one spelling. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
}

// Periods that do not end a sentence; Intl.Segmenter splits after "Mr." and "Ep.", which would cut
// "Mr. Sunshine" and "Ep. 5" in half.
const ABBREVIATIONS =
  /\b(Mr|Mrs|Ms|Dr|St|Ep|Eps|No|vs|Jr|Sr|Prof|Gen|Capt|Lt|Col|Sgt|Vol|etc|approx)\./gi
const INITIALISMS = /\b((?:[A-Z]\.){2,})/g
const PLACEHOLDER = '\u2024'

/** Sentences of `text`, split on terminal punctuation, keeping abbreviations and initialisms whole. */
export function splitSentences(text: string): string[] {
  const protectedText = text
    .replace(ABBREVIATIONS, `$1${PLACEHOLDER}`)
    .replace(INITIALISMS, (m) => m.replace(/\./g, PLACEHOLDER))
  return protectedText
    .split(/(?<=[.!?])["')\]]?\s+(?=["'([]?[A-Z0-9])|\n+/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter(Boolean)
}

// Romanisations that vary between outlets ("Jeong"/"Jung", "Hyeok"/"Hyuk"); folding both sides of a
// comparison to one spelling lets "Ri Jung Hyuk" find "Ri Jeong Hyeok".
const ROMANIZATION: Record<string, string> = {
  jeong: 'jung',
  hyeok: 'hyuk',
  seong: 'sung',
  deok: 'duk',
  kyeong: 'kyung',
  gyeong: 'kyung',
  yeong: 'young',
  joon: 'jun',
  koo: 'goo',
  gu: 'goo',
  seok: 'suk',
  cheol: 'chul',
  hyeon: 'hyun',
}

/** A word of the text as the name matcher sees it. */
export type NameToken = { key: string; capitalized: boolean; start: number; end: number }

// Letters outside Latin-1 are taken as a block range: the Unicode-property version was the slowest
// regex in the profile, and after normalizeText no punctuation is left in these ranges.
const WORD =
  /[A-Za-z0-9\u00C0-\u024F\u0370-\u1FFF\u2C00-\uD7FF]+(?:'[A-Za-z\u00C0-\u024F\u0370-\u1FFF\u2C00-\uD7FF]+)?/g

/**
 * Words of already-normalised `text` for name matching: lower case, possessive "'s" and other
 * apostrophes dropped ("What's" and "Witch's" become "what", "witch"), romanisation folded.
 * Hyphens split words, so "Mi-so" and "Start-Up" match "Mi So" and "Start Up".
 */
export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = []
  // Lower-casing once keeps offsets aligned for ASCII and Hangul-free romanised text, which is all
  // the names here; a per-token toLowerCase dominated the profile.
  const lower = text.toLowerCase()
  const aligned = lower.length === text.length
  for (const match of text.matchAll(WORD)) {
    const raw = match[0]
    const start = match.index
    let key = aligned ? lower.slice(start, start + raw.length) : raw.toLowerCase()
    if (key.includes("'")) key = key.replace(/'s$/, '').replace(/'/g, '')
    key = ROMANIZATION[key] ?? key
    if (!key) continue
    const code = raw.charCodeAt(0)
    const capitalized = code < 128 ? code < 97 || code > 122 : !/\p{Ll}/u.test(raw[0])
    out.push({ key, capitalized, start, end: start + raw.length })
  }
  return out
}

/** Name-matching keys of a title or name ("Kill Me, Heal Me" becomes ["kill", "me", "heal", "me"]). */
export function nameKeys(text: string): string[] {
  return nameTokens(normalizeText(text)).map((t) => t.key)
}

// The stopword package's English list as a Set, and a memoised stemmer: tagging runs on every save,
// and the Intl.Segmenter path of contentTerms costs ten times more than the rest of the engine.
const STOPWORDS = new Set(eng)
const stems = new Map<string, string>()

// Modal and filler words the stopword list keeps; they say nothing about a plot.
const WEAK_TERMS = new Set(
  'will would could should might must also just even still one two three year time new make get'.split(
    ' ',
  ),
)

/** Stemmed content terms for synopsis overlap (stopwords, filler and short words dropped). */
export function overlapTerms(text: string): string[] {
  const out: string[] = []
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].includes("'") ? match[0].replace(/'s$/, '') : match[0]
    if (word.length < 3 || STOPWORDS.has(word)) continue
    let term = stems.get(word)
    if (term === undefined) {
      term = stem(word)
      if (stems.size < 50_000) stems.set(word, term)
    }
    if (term.length > 2 && !WEAK_TERMS.has(term)) out.push(term)
  }
  return out
}
