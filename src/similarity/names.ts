import { CONNECTORS, STOPWORDS } from './words'

import type { WordGroup } from './words'

// Proper names are found from capitalisation in running prose, so "Queen of Tears" becomes one
// term that a ballad list about "tears" cannot match, and "Park Seo Joon" does not share "park"
// with "Park Min Young". Everything here depends on the document alone, never on the corpus.

const MAX_NAME_GROUPS = 10

/** A token of analysed text: a proper name (its key, "queen of tear") or one ordinary word. */
export type TextToken = { kind: 'name' | 'word'; text: string; clause: number }

type Run = { segments: WordGroup[][]; sentenceStart: boolean }

/** Maximal runs of capitalised groups; a segment boundary marks a connector bridge. */
function capitalRuns(groups: WordGroup[]): Run[] {
  const runs: Run[] = []
  let i = 0
  while (i < groups.length) {
    const group = groups[i]!
    if (!group.capitalized) {
      i++
      continue
    }
    const run: Run = { segments: [[group]], sentenceStart: group.gap === 'sentence' }
    let j = i + 1
    while (j < groups.length && groups[j]!.gap === 'none') {
      const next = groups[j]!
      if (next.capitalized) {
        run.segments[run.segments.length - 1]!.push(next)
        j++
        continue
      }
      // Up to two connectors ("of the") may bridge to another capitalised group.
      let k = j
      while (k < j + 2 && k < groups.length && isConnector(groups[k]!)) k++
      const target = groups[k]
      if (k === j || !target || !target.capitalized || target.gap !== 'none') break
      if (groups.slice(j + 1, k + 1).some((g) => g.gap !== 'none')) break
      // The connectors lead the new segment: they belong to the name only if it is bridged.
      run.segments.push(groups.slice(j, k + 1))
      j = k + 1
    }
    runs.push(run)
    i = j
  }
  return runs
}

/** True when some tail of `groups` is a known name ("... Hyun Bin" before "in"). */
function endsWithName(groups: WordGroup[], names: Set<string>): boolean {
  for (let start = 0; start < groups.length; start++) {
    if (names.has(key(stripLeadingStopwords(groups.slice(start))))) return true
  }
  return false
}

/** True when some head of `groups` is a known name ("Descendants of the Sun ..." after "from"). */
function startsWithName(groups: WordGroup[], names: Set<string>): boolean {
  const stripped = stripLeadingStopwords(groups)
  for (let end = stripped.length; end > 0; end--) {
    if (names.has(key(stripped.slice(0, end)))) return true
  }
  return false
}

function isConnector(group: WordGroup): boolean {
  return !group.capitalized && group.words.length === 1 && CONNECTORS.has(group.words[0]!)
}

function key(groups: WordGroup[]): string {
  return nameKey(groups.flatMap((group) => group.words))
}

/**
 * Canonical name key: words joined by spaces, a plural-looking final "s" dropped from each word
 * so the slug "whats-wrong-with-secretary-kim" and the text "What's Wrong with..." agree.
 */
export function nameKey(words: string[]): string {
  return words.map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w)).join(' ')
}

function stripLeadingStopwords(groups: WordGroup[]): WordGroup[] {
  let start = 0
  while (start < groups.length && groups[start]!.words.every((w) => STOPWORDS.has(w))) start++
  return groups.slice(start)
}

/**
 * Proper names in prose `texts` (pass headlines only when they are not headline-cased: there
 * every word is capitalised) plus `extraNames` (entity names from the document's own fields).
 * A connector bridges two capitalised segments unless either side is a name on its own,
 * so "Hyun Bin in Crash Landing on You" yields two names but "Queen of Tears" stays whole.
 */
export function findNames(texts: WordGroup[][], extraNames: string[][]): Set<string> {
  const runs = texts.flatMap(capitalRuns)
  const standalone = new Set<string>()
  for (const words of extraNames) {
    let start = 0
    while (start < words.length - 1 && STOPWORDS.has(nameKey([words[start]!]))) start++
    standalone.add(nameKey(words.slice(start)))
  }
  const pure = runs.filter((run) => run.segments.length === 1)
  for (const run of pure) {
    const stripped = stripLeadingStopwords(run.segments[0]!)
    if (!run.sentenceStart && stripped.length >= 2) standalone.add(key(stripped))
  }
  // Sentence openers second, so "Meanwhile Hye Jin" can shed its opener when "Hye Jin" is known.
  for (const run of pure) {
    let stripped = stripLeadingStopwords(run.segments[0]!)
    if (!run.sentenceStart || stripped.length < 2) continue
    const opener = stripped[0] === run.segments[0]![0]
    if (opener && stripped.length >= 3 && standalone.has(key(stripped.slice(1)))) {
      stripped = stripped.slice(1)
    }
    standalone.add(key(stripped))
  }
  const names = new Set<string>(standalone)
  for (const run of runs) {
    let current: WordGroup[] = []
    const flush = () => {
      let name = stripLeadingStopwords(current)
      const opensSentence = run.sentenceStart && name[0] === run.segments[0]![0]
      // "Later Hyun Bin ..." at a sentence start: drop the capitalised opener.
      if (opensSentence && name.length >= 2 && standalone.has(key(name.slice(1)))) {
        name = name.slice(1)
      }
      // One capitalised word opening a sentence is ambiguous; so is a lone acronym.
      const lone = name.length === 1 && (opensSentence || name[0]!.shouted)
      if (name.length > 0 && !lone) names.add(key(name))
      current = []
    }
    run.segments.forEach((segment, index) => {
      const capitalized = segment.filter((group) => !isConnector(group))
      const rest = capitalized.concat(...run.segments.slice(index + 1))
      const split =
        index > 0 && (endsWithName(current, standalone) || startsWithName(rest, standalone))
      if (split) flush()
      current = current.concat(split || index === 0 ? capitalized : segment)
    })
    flush()
  }
  return names
}

/**
 * Two-or-more-word stretches of known names ("Jeong Hyeok" of "Ri Jeong Hyeok"). Headlines use
 * such short forms, and there capitalisation cannot reveal them.
 */
export function partialNames(names: Set<string>): Set<string> {
  const parts = new Set<string>()
  for (const name of names) {
    const words = name.split(' ')
    for (let start = 0; start < words.length; start++) {
      if (STOPWORDS.has(words[start]!) || CONNECTORS.has(words[start]!)) continue
      for (let end = start + 2; end <= words.length; end++) {
        if (end - start < words.length) parts.add(words.slice(start, end).join(' '))
      }
    }
  }
  for (const name of names) parts.delete(name)
  return parts
}

/**
 * Tokens of `groups` with known `names` matched greedily (longest first, first word capitalised);
 * other words come out one by one. `clause` increments at punctuation so bigrams stay local.
 */
export function tokenizeWithNames(groups: WordGroup[], names: Set<string>): TextToken[] {
  const prefixes = namePrefixes(names)
  const tokens: TextToken[] = []
  let clause = 0
  let i = 0
  while (i < groups.length) {
    const group = groups[i]!
    if (group.gap !== 'none' && i > 0) clause++
    const match =
      group.capitalized && !group.shouted ? longestName(groups, i, names, prefixes) : null
    if (match) {
      tokens.push({ kind: 'name', text: match.key, clause })
      i += match.length
      continue
    }
    for (const word of group.words) tokens.push({ kind: 'word', text: word, clause })
    i++
  }
  return tokens
}

/** Every word-prefix of every name, so matching can stop as soon as no name can follow. */
function namePrefixes(names: Set<string>): Set<string> {
  const prefixes = new Set<string>()
  for (const name of names) {
    let at = name.indexOf(' ')
    while (at >= 0) {
      prefixes.add(name.slice(0, at))
      at = name.indexOf(' ', at + 1)
    }
    prefixes.add(name)
  }
  return prefixes
}

function longestName(
  groups: WordGroup[],
  start: number,
  names: Set<string>,
  prefixes: Set<string>,
): { key: string; length: number } | null {
  let best: { key: string; length: number } | null = null
  let key = ''
  for (let end = start; end < groups.length && end - start < MAX_NAME_GROUPS; end++) {
    if (end > start && groups[end]!.gap !== 'none') break
    const part = nameKey(groups[end]!.words)
    key = key ? `${key} ${part}` : part
    if (!prefixes.has(key)) break
    if (names.has(key)) best = { key, length: end - start + 1 }
  }
  return best
}
