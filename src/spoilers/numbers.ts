// A fixed table of number words up to forty. `words-to-numbers` was checked and rejected: it rewrites
// free text greedily ("a kiss" becomes "1 kiss", "a second time" becomes "1 2 time") and has no notion
// of ordinals, so episode parsing would inherit its false positives.

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const UNIT_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
]
const TEEN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
]
const TENS: Array<[string, string, number]> = [
  ['twenty', 'twentieth', 20],
  ['thirty', 'thirtieth', 30],
  ['forty', 'fortieth', 40],
]

function buildTables(): { cardinals: Map<string, number>; ordinals: Map<string, number> } {
  const cardinals = new Map<string, number>()
  const ordinals = new Map<string, number>()
  UNITS.forEach((word, i) => cardinals.set(word, i + 1))
  UNIT_ORDINALS.forEach((word, i) => ordinals.set(word, i + 1))
  TEENS.forEach((word, i) => cardinals.set(word, i + 10))
  TEEN_ORDINALS.forEach((word, i) => ordinals.set(word, i + 10))
  for (const [ten, tenth, value] of TENS) {
    cardinals.set(ten, value)
    ordinals.set(tenth, value)
    if (value === 40) continue
    for (let u = 0; u < 9; u++) {
      for (const sep of ['-', ' ']) {
        cardinals.set(`${ten}${sep}${UNITS[u]}`, value + u + 1)
        ordinals.set(`${ten}${sep}${UNIT_ORDINALS[u]}`, value + u + 1)
      }
    }
  }
  return { cardinals, ordinals }
}

const { cardinals, ordinals } = buildTables()

// Longest alternatives first so "twenty-one" wins over "twenty".
const byLength = (a: string, b: string): number => b.length - a.length
const escape = (word: string): string => word.replace(/[-\s]/g, '[-\\s]')

/** Regex source matching a cardinal number word from one to forty ("twelve", "twenty-one"). */
export const CARDINAL_WORD = `(?:${[...cardinals.keys()].sort(byLength).map(escape).join('|')})`

/** Regex source matching an ordinal number word from first to fortieth ("fifth", "twenty-first"). */
export const ORDINAL_WORD = `(?:${[...ordinals.keys()].sort(byLength).map(escape).join('|')})`

/**
 * Value of a number written as digits, a cardinal word or an ordinal ("12", "twelve", "12th",
 * "twelfth"); null when it is none of those.
 */
export function parseNumberWord(raw: string): number | null {
  const word = raw.trim().toLowerCase().replace(/\s+/g, ' ')
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(word)
  if (digits) return Number(digits[1])
  return cardinals.get(word) ?? ordinals.get(word) ?? null
}
