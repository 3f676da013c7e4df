import type { SimilarityDoc } from '../src/similarity'

// Deterministic synthetic newsroom archive for benchmarks and database fill-ups: many dramas and
// people with skewed popularity, four formats, theme vocabulary plus a long Zipf tail of rarer
// words, and proper names written in running prose the way real articles mention them.

export type SyntheticOptions = {
  /** Body length in words, roughly (default: 120 to 260, varying per article). */
  bodyWords?: number
  /** Prefix of generated ids (default `syn-`). */
  idPrefix?: string
  /**
   * Index of the first article. Article `i` depends only on (`seed`, `i`, `archiveSize`), so an
   * archive can be generated in chunks: `(1000, s, { offset: 1000, archiveSize })` continues
   * `(1000, s, { archiveSize })`.
   */
  offset?: number
  /** Size of the whole archive, which sets the drama and people pools (default offset + n). */
  archiveSize?: number
}

const FORMATS = ['listicle', 'news', 'feature', 'recap'] as const
const SURNAMES = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim']
const SYLLABLES =
  'ji min seo hyun woo jin soo young eun hye na ra bin joon ho kyung sung mi yeon da ah in hee'.split(
    ' ',
  )
const TITLE_WORDS =
  'Moon Harbor Crimson Letter Winter Garden Secret Palace Midnight Queen Silver River Glass ' +
  'Crown Blue Spring Hidden Star Last Summer Golden Empire Red Thread Falling Snow Ocean Heart ' +
  'Silent City Broken Sky Paper Bridge Lucky Hotel Lonely Warrior Dear Doctor Wild Flower'
const TITLE_POOL = TITLE_WORDS.split(' ')
const THEMES: Record<string, string[]> = {
  romance:
    'kiss romance couple chemistry date confession love first kiss sweet heart flutter'.split(' '),
  ratings: 'ratings viewership percent Nielsen record highest finale audience share peak'.split(
    ' ',
  ),
  casting: 'cast confirmed joins role lead agency production filming premiere offer'.split(' '),
  music: 'OST song soundtrack ballad chart album melody vocals duet playlist'.split(' '),
  fashion: 'fashion outfit wardrobe coat dress style hair accessories stylist look'.split(' '),
  career: 'career debut breakthrough role performance actor actress genre projects'.split(' '),
  awards: 'award Daesang trophy ceremony prize won nomination honor'.split(' '),
  recap: 'episode recap premiere twist cliffhanger opens introduces plot ending'.split(' '),
}
const THEME_NAMES = Object.keys(THEMES)
const FILLER = (
  'the a of and to in is that with for as on by at from this their after but when while ' +
  'story scene fans viewers drama series moment night week year family friend city office ' +
  'school secret past future plan choice truth heart life world time day home work'
).split(' ')

/** mulberry32: tiny, fast, good enough for reproducible benchmark data. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Index in [0, n) with Zipf-like skew: low indexes are much more popular. */
function skewed(rand: () => number, n: number, exponent = 1.1): number {
  return Math.min(n - 1, Math.floor(n ** (rand() ** exponent)) - 1)
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
const capitalize = (word: string) => word[0]!.toUpperCase() + word.slice(1)

function personName(i: number): string {
  const rand = random(i * 7919 + 13)
  const pick = () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!
  return `${SURNAMES[i % SURNAMES.length]} ${capitalize(pick())} ${capitalize(pick())}`
}

function dramaTitle(i: number): string {
  const rand = random(i * 104729 + 7)
  const pick = () => TITLE_POOL[Math.floor(rand() * TITLE_POOL.length)]!
  return rand() < 0.3 ? `${pick()} of the ${pick()}` : `${pick()} ${pick()}`
}

/** A pseudo-word from the long tail: "rarewordNNN" style, but pronounceable. */
function tailWord(i: number): string {
  let word = ''
  let n = i + 1
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length]
    n = Math.floor(n / SYLLABLES.length)
  }
  return `${word}${'aeiou'[i % 5]}x`
}

/**
 * `n` deterministic synthetic articles for `seed`. The pools grow with the archive (about one
 * drama per 40 articles and one person per 15), as they do in real newsrooms.
 */
export function generateSyntheticArticles(
  n: number,
  seed: number,
  options: SyntheticOptions = {},
): SimilarityDoc[] {
  const offset = options.offset ?? 0
  const archive = options.archiveSize ?? offset + n
  const dramaCount = Math.max(20, Math.ceil(archive / 40))
  const peopleCount = Math.max(50, Math.ceil(archive / 15))
  const tailSize = Math.max(2000, Math.min(60_000, archive))
  const start = Date.UTC(2015, 0, 1)
  const prefix = options.idPrefix ?? 'syn-'
  const docs: SimilarityDoc[] = []
  for (let i = offset; i < offset + n; i++) {
    const rand = random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35))
    const format = FORMATS[Math.floor(rand() * FORMATS.length)]!
    const theme = THEME_NAMES[Math.floor(rand() * THEME_NAMES.length)]!
    const dramas = Array.from({ length: 1 + Math.floor(rand() * 2) }, () =>
      dramaTitle(skewed(rand, dramaCount)),
    )
    const people = Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
      personName(skewed(rand, peopleCount)),
    )
    const words = options.bodyWords ?? 120 + Math.floor(rand() * 140)
    const themeWords = THEMES[theme]!
    const sentences: string[] = []
    let count = 0
    while (count < words) {
      const length = 8 + Math.floor(rand() * 10)
      const parts: string[] = []
      for (let w = 0; w < length; w++) {
        const r = rand()
        if (r < 0.05) parts.push(people[Math.floor(rand() * people.length)]!)
        else if (r < 0.08) parts.push(dramas[Math.floor(rand() * dramas.length)]!)
        else if (r < 0.2) parts.push(themeWords[Math.floor(rand() * themeWords.length)]!)
        else if (r < 0.65) parts.push(FILLER[Math.floor(rand() * FILLER.length)]!)
        else parts.push(tailWord(skewed(rand, tailSize, 1.3)))
      }
      count += length
      sentences.push(`${capitalize(parts.join(' '))}.`)
    }
    const headline = `${dramas[0]}: ${themeWords[0]} ${themeWords[1]} and ${people[0]}`
    docs.push({
      id: `${prefix}${i}`,
      title: capitalize(headline),
      body: sentences.join(' '),
      format,
      dramas: [...new Set(dramas.map(slug))],
      people: [...new Set(people.map(slug))],
      tags: [
        theme,
        ...(rand() < 0.3 ? [THEME_NAMES[Math.floor(rand() * THEME_NAMES.length)]!] : []),
      ],
      publishedAt: new Date(start + Math.floor(rand() * 10 * 365) * 86_400_000).toISOString(),
    })
  }
  return docs
}

/**
 * A newsroom catalogue matching `generateSyntheticArticles` for an archive of `archiveSize`:
 * every drama with its title, four characters and six cast members (people keys), for
 * benchmarking the engine's entity linking.
 */
export function syntheticCatalogue(archiveSize: number): {
  dramas: Array<{ key: string; title: string; characters: string[]; cast: string[] }>
} {
  const dramaCount = Math.max(20, Math.ceil(archiveSize / 40))
  const peopleCount = Math.max(50, Math.ceil(archiveSize / 15))
  return {
    dramas: Array.from({ length: dramaCount }, (_, i) => {
      const rand = random(i * 31 + 5)
      const title = dramaTitle(i)
      return {
        key: slug(title),
        title,
        characters: Array.from({ length: 4 }, (_, k) => personName(peopleCount + i * 4 + k)),
        cast: Array.from({ length: 6 }, () => slug(personName(skewed(rand, peopleCount)))),
      }
    }),
  }
}
