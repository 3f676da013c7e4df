import { eng } from 'stopword'

// Word segmentation for the name finder: words with their capitalisation and the punctuation
// between them, hyphenated words kept together ("Seo-joon").

export const STOPWORDS: ReadonlySet<string> = new Set(eng)
/** Lower-case words that may sit inside a title or name ("Descendants of the Sun"). */
export const CONNECTORS: ReadonlySet<string> = new Set(
  'of the with for on in to from at del de'.split(' '),
)
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'no'])
const PLAIN_WORD = /^[A-Za-z]+$/
const UPPER = /^\p{Lu}/u
// Letters and digits with inner apostrophes ("What's"). A plain regex rather than Intl.Segmenter:
// forty times faster, and the differences (dotted abbreviations, decimals, CJK runs) do not
// matter for English copy where those tokens are dropped anyway.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu

/** A hyphen-joined group of words ("Seo-joon" is one group of two words). */
export type WordGroup = {
  words: string[]
  capitalized: boolean
  /** Written in capitals ("OST", "JTBC"): an acronym, which reads as an ordinary word. */
  shouted: boolean
  /** Break before this group: 'sentence' (., !, ?, :, quotes...), 'clause' (comma), or 'none'. */
  gap: 'none' | 'clause' | 'sentence'
}

/** Splits text into hyphen-joined word groups with capitalisation and punctuation breaks. */
export function wordGroups(text: string): WordGroup[] {
  const groups: WordGroup[] = []
  let gapText = ''
  let previousRaw = ''
  let pending: WordGroup | null = null
  const normalized = text.replace(/[\u2018\u2019]/g, "'")
  let end = 0
  for (const match of normalized.matchAll(WORD)) {
    gapText = normalized.slice(end, match.index)
    end = match.index + match[0].length
    const raw = match[0]
    const word = normalizeWord(raw)
    if (pending && gapText === '-' && word) {
      pending.words.push(word)
    } else {
      if (pending) groups.push(pending)
      const simpleGap = gapText === ' '
      const abbreviation =
        !simpleGap && /^\.\s*$/.test(gapText) && ABBREVIATIONS.has(previousRaw.toLowerCase())
      // A possessive ends a name: "Song Joong Ki's Yoo Si Jin" is two names.
      // ("What's" and "It's" are contractions, not possessives.)
      const possessive =
        (previousRaw.endsWith("'s") || previousRaw.endsWith("'S")) &&
        gapText.trim() === '' &&
        !STOPWORDS.has(normalizeWord(previousRaw))
      const first = raw.charCodeAt(0)
      const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(raw)
      const shouted =
        capitalized && raw.length > 1 && raw === raw.toUpperCase() && /\p{L}/u.test(raw)
      pending = word
        ? {
            words: [word],
            capitalized,
            shouted,
            gap: possessive ? 'clause' : simpleGap ? 'none' : gapKind(gapText, abbreviation),
          }
        : null
    }
    previousRaw = raw
  }
  if (pending) groups.push(pending)
  if (groups[0]) groups[0].gap = 'sentence'
  return groups
}

function gapKind(gap: string, afterAbbreviation: boolean): WordGroup['gap'] {
  if (afterAbbreviation) return 'none'
  if (/[.!?:;"\u201c\u201d()[\]\n\u2014\u2013|]/.test(gap)) return 'sentence'
  if (/[,/&]/.test(gap) || /\s-\s/.test(gap)) return 'clause'
  return 'none'
}

/** Lower-cases like `tokenize` does, then keeps letters and digits only ("e.g" becomes "eg"). */
function normalizeWord(raw: string): string {
  if (PLAIN_WORD.test(raw)) return raw.toLowerCase()
  return raw
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** True when most content words of `groups` are capitalised, as in a headline. */
export function isTitleCase(groups: WordGroup[]): boolean {
  let content = 0
  let capitalized = 0
  for (const group of groups) {
    const first = group.words[0]!
    if (STOPWORDS.has(first) || CONNECTORS.has(first) || !/\p{L}/u.test(first)) continue
    content++
    if (group.capitalized) capitalized++
  }
  return content >= 3 && capitalized / content >= 0.75
}
