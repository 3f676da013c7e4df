import type { DramaInfo } from './types'
import { parseNumberWord } from './numbers'
import { nameKeys, overlapTerms } from './text'

/** What a matched phrase names. */
export type MentionKind = 'title' | 'alias' | 'title-word' | 'character' | 'given-name' | 'actor'

/** One phrase of the lexicon and every drama it may point at. */
export type LexiconEntry = {
  keys: string[]
  kind: MentionKind
  /** Display form, e.g. the character's full name. */
  label: string
  dramas: number[]
  /** Single words and common phrases only count when written with a capital letter. */
  needsCapital: boolean
}

/** Per-context matching structures, built once and reused for every section. */
export type SpoilerLexicon = {
  dramas: DramaInfo[]
  /** Entries keyed by their first word, longest first, for a single left-to-right scan. */
  byFirstKey: Map<string, LexiconEntry[]>
  /** Stemmed synopsis and title terms per drama, for premise overlap and weak attribution. */
  synopsisTerms: Array<Set<string>>
  /** Synopsis term postings with idf, so overlap scoring touches only the dramas that share a term. */
  termPostings: Map<string, { dramas: number[]; idf: number }>
}

// Surnames decide which half of a two-word name is the given name ("Choi Taek" is called "Taek",
// "Eugene Choi" is called "Eugene").
const SURNAMES = new Set(
  'kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon go ko moon yang son bae baek heo nam noh ha do ryu na ji cha woo min jo yeo yook uhm byun kwak ok ri goo seol gong joo in sung'.split(
    ' ',
  ),
)
const ARTICLES = new Set(['the', 'a', 'an'])

function splitNames(raw: string): string[] {
  return raw
    .split(/\s*(?:\/|;|,|\(|\)|\baka\b|\balso known as\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Variants under which a character is referred to: full name, given name, joined given name. */
function characterVariants(name: string): Array<{ keys: string[]; kind: MentionKind }> {
  const keys = nameKeys(name)
  const out: Array<{ keys: string[]; kind: MentionKind }> = [{ keys, kind: 'character' }]
  if (keys.length >= 3) {
    const given = keys.slice(1)
    out.push({ keys: given, kind: 'given-name' })
    out.push({ keys: [given.join('')], kind: 'given-name' })
    out.push({ keys: [keys[0], given.join('')], kind: 'character' })
  } else if (keys.length === 2) {
    const [a, b] = keys
    const aSurname = SURNAMES.has(a)
    const bSurname = SURNAMES.has(b)
    if (aSurname && !bSurname && b.length >= 3) out.push({ keys: [b], kind: 'given-name' })
    if (!aSurname && bSurname) out.push({ keys: [a], kind: 'given-name' })
    if (!aSurname && !bSurname) {
      out.push({ keys: [a], kind: 'given-name' }, { keys: [b], kind: 'given-name' })
    }
  }
  return out
}

function titleVariants(title: string): string[][] {
  const keys = nameKeys(title.replace(/&/g, ' and '))
  const variants = [keys]
  if (keys.length > 1 && ARTICLES.has(keys[0])) variants.push(keys.slice(1))
  return variants
}

/**
 * Distinctive words of multi-word titles ("Itaewon", "Sunshine") as weak hints: writers drop the
 * rest of a title ("the Itaewon pub"). Short words and words shared by two titles are skipped.
 */
function addTitleWords(
  dramas: DramaInfo[],
  add: (keys: string[], kind: MentionKind, label: string, drama: number) => void,
): void {
  const owners = new Map<string, Set<number>>()
  dramas.forEach((d, i) => {
    for (const name of [d.title, ...(d.aliases ?? [])]) {
      const keys = nameKeys(name)
      if (keys.length < 2) continue
      for (const key of keys) owners.set(key, (owners.get(key) ?? new Set()).add(i))
    }
  })
  for (const [key, set] of owners) {
    if (set.size !== 1 || key.length < 6 || /\d/.test(key) || parseNumberWord(key) !== null)
      continue
    const [drama] = set
    add([key], 'title-word', dramas[drama].title, drama)
  }
}

/**
 * Precomputes the phrase index for a set of dramas: titles and aliases (with and without a
 * leading article), characters by full and given name, and actors.
 */
export function buildSpoilerLexicon(dramas: DramaInfo[]): SpoilerLexicon {
  const entries = new Map<string, LexiconEntry>()
  const add = (keys: string[], kind: MentionKind, label: string, drama: number): void => {
    if (!keys.length || keys.every((k) => ARTICLES.has(k))) return
    const id = `${kind}:${keys.join(' ')}`
    const existing = entries.get(id)
    if (existing) {
      if (!existing.dramas.includes(drama)) existing.dramas.push(drama)
      return
    }
    const isName = kind !== 'title' && kind !== 'alias' && kind !== 'title-word'
    // Multi-word titles of three or more words are distinctive in any case ("crash landing on you");
    // shorter ones ("Signal", "Start-Up", "The Glory") are ordinary English unless capitalised.
    const needsCapital = isName || kind === 'title-word' || keys.length < 3
    entries.set(id, { keys, kind, label, dramas: [drama], needsCapital })
  }
  dramas.forEach((drama, i) => {
    for (const keys of titleVariants(drama.title)) add(keys, 'title', drama.title, i)
    for (const alias of drama.aliases ?? []) {
      for (const keys of titleVariants(alias)) add(keys, 'alias', alias, i)
    }
    for (const member of drama.cast ?? []) {
      for (const name of splitNames(member.character)) {
        for (const v of characterVariants(name)) add(v.keys, v.kind, name, i)
      }
      for (const actor of splitNames(member.actor)) {
        const keys = nameKeys(actor)
        add(keys, 'actor', actor, i)
        // Western order ("Seo-joon Park") shows up in international outlets.
        if (keys.length >= 2 && SURNAMES.has(keys[0]))
          add([...keys.slice(1), keys[0]], 'actor', actor, i)
      }
    }
  })
  addTitleWords(dramas, add)
  const byFirstKey = new Map<string, LexiconEntry[]>()
  for (const entry of entries.values()) {
    const list = byFirstKey.get(entry.keys[0]) ?? []
    list.push(entry)
    byFirstKey.set(entry.keys[0], list)
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length)
  // Names and titles are already counted as mentions; leaving them in would count them twice.
  const nameTerms = new Set(
    dramas.flatMap((d) => [
      ...overlapTerms(`${d.title} ${(d.aliases ?? []).join(' ')}`),
      ...(d.cast ?? []).flatMap((c) => overlapTerms(`${c.actor} ${c.character}`)),
    ]),
  )
  const synopsisTerms = dramas.map(
    (d) => new Set(overlapTerms(d.synopsis ?? '').filter((t) => !nameTerms.has(t))),
  )
  const termPostings = new Map<string, { dramas: number[]; idf: number }>()
  synopsisTerms.forEach((terms, i) => {
    for (const term of terms) {
      const posting = termPostings.get(term) ?? { dramas: [], idf: 0 }
      posting.dramas.push(i)
      termPostings.set(term, posting)
    }
  })
  for (const posting of termPostings.values()) {
    posting.idf = Math.log(dramas.length / posting.dramas.length)
  }
  return { dramas, byFirstKey, synopsisTerms, termPostings }
}

const cache = new WeakMap<object, SpoilerLexicon>()

/** The lexicon for a context object, built on first use and cached by object identity. */
export function lexiconFor(context: { dramas: DramaInfo[] }): SpoilerLexicon {
  let lexicon = cache.get(context)
  if (!lexicon) {
    lexicon = buildSpoilerLexicon(context.dramas)
    cache.set(context, lexicon)
  }
  return lexicon
}
