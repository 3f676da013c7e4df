import { nameKey } from './names'
import { isTitleCase, wordGroups } from './words'

import type { WordGroup } from './words'

// Entity linking against the newsroom's own catalogue of dramas (title, aliases, characters,
// cast) and people. A drama counts as mentioned when its title is written as a proper name and
// something confirms it is the show: one of its characters or cast members in the same article,
// or a TV word in the same sentence. So "Signal" in a TWICE single or "Moving house in Seoul"
// never links to the dramas Signal or Moving, while a reader's letter naming only the characters
// still links to its drama.

/** One drama as the catalogue knows it. `cast` holds people keys (slugs) or names. */
export type CatalogueDrama = {
  key: string
  title: string
  aliases?: string[]
  characters?: string[]
  cast?: string[]
}

/** Dramas (and, optionally, people beyond their casts) the engine may link mentions to. */
export type EntityCatalogue = {
  dramas: CatalogueDrama[]
  people?: Array<{ key: string; name: string; aliases?: string[] }>
}

type Target = { kind: 'title' | 'character' | 'person'; key: string; dramas: string[] }
// `key`: the words as `nameKey` compares them, computed once when compiling.
type Phrase = { words: string[]; key: string; targets: Target[] }

/** A catalogue compiled for matching: phrases keyed by their first word. */
export type CompiledCatalogue = { byFirstWord: Map<string, Phrase[]> }

/** Titles shorter than this many words need confirmation to count as the drama. */
const SELF_EVIDENT_TITLE_WORDS = 3
// Words that place a title in television, wherever they appear in the sentence.
const TV_CUES = new Set(
  (
    'drama dramas k-drama kdrama episode episodes season finale premiere ost soundtrack tvn jtbc' +
    ' sbs kbs kbs2 mbc ena netflix disney starring rating ratings nielsen webtoon'
  ).split(' '),
)

const slugWords = (value: string) =>
  wordGroups(value.replace(/[-_]+/g, ' ')).flatMap((group) => group.words)
const phraseWords = (value: string) => wordGroups(value).flatMap((group) => group.words)

/** Compiles a catalogue once; reuse it across documents. */
export function compileCatalogue(catalogue: EntityCatalogue): CompiledCatalogue {
  const byFirstWord = new Map<string, Phrase[]>()
  const add = (words: string[], target: Target) => {
    if (words.length === 0) return
    const key = words.join(' ')
    const list = byFirstWord.get(words[0]!) ?? []
    const existing = list.find((phrase) => phrase.words.join(' ') === key)
    if (existing) existing.targets.push(target)
    else list.push({ words, key: nameKey(words), targets: [target] })
    byFirstWord.set(words[0]!, list)
  }
  for (const drama of catalogue.dramas) {
    const dramas = [drama.key]
    for (const title of [drama.title, ...(drama.aliases ?? [])]) {
      add(phraseWords(title), { kind: 'title', key: drama.key, dramas })
    }
    for (const character of drama.characters ?? []) {
      // A lone given name ("Sol") is too ambiguous to stand for a drama.
      const words = phraseWords(character)
      if (words.length >= 2) add(words, { kind: 'character', key: drama.key, dramas })
    }
    for (const member of drama.cast ?? []) {
      const words = member.includes(' ') ? phraseWords(member) : slugWords(member)
      if (words.length >= 2) add(words, { kind: 'person', key: normalizeKey(member), dramas })
    }
  }
  for (const person of catalogue.people ?? []) {
    for (const name of [person.name, ...(person.aliases ?? [])]) {
      const words = phraseWords(name)
      if (words.length >= 2)
        add(words, { kind: 'person', key: normalizeKey(person.key), dramas: [] })
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
  return { byFirstWord }
}

const normalizeKey = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ')

/** Dramas and people an article mentions, as catalogue keys. */
export type Mentions = { dramas: string[]; people: string[] }

/**
 * Links the mentions in `texts` (title, body) to catalogue keys. `knownDramas` are the article's
 * own drama relations, which confirm a short title by themselves.
 */
export function findMentions(
  catalogue: CompiledCatalogue,
  texts: string[],
  knownDramas: readonly string[] = [],
): Mentions {
  return findMentionsInGroups(catalogue, texts.map(wordGroups), knownDramas)
}

/** `findMentions` over texts already split by `wordGroups` (feature extraction needs them too). */
export function findMentionsInGroups(
  catalogue: CompiledCatalogue,
  texts: WordGroup[][],
  knownDramas: readonly string[] = [],
): Mentions {
  const people = new Set<string>()
  // A character's full name links its drama; an actor only confirms a title, since one actor
  // stands for every show they were in.
  const characterOf = new Set<string>()
  const castOf = new Set<string>()
  const titles: Array<{ drama: string; words: number; cued: boolean }> = []
  for (const groups of texts) {
    const headline = isTitleCase(groups)
    const sentenceOf = sentenceIndexes(groups)
    const cuedSentences = new Set<number>()
    groups.forEach((group, i) => {
      if (group.words.some((word) => TV_CUES.has(word))) cuedSentences.add(sentenceOf[i]!)
    })
    for (let i = 0; i < groups.length; i++) {
      if (!groups[i]!.capitalized) continue
      const match = longestPhrase(catalogue, groups, i)
      if (!match) continue
      for (const target of match.phrase.targets) {
        if (target.kind === 'title') {
          // "Sweet Home Alabama" or "Chef Vincenzo Russo" is a longer name, not the title.
          if (match.embedded && !headline) continue
          const cued = cuedSentences.has(sentenceOf[i]!)
          titles.push({ drama: target.key, words: match.phrase.words.length, cued })
          continue
        }
        if (target.kind === 'person') people.add(target.key)
        for (const drama of target.dramas) {
          ;(target.kind === 'character' ? characterOf : castOf).add(drama)
        }
      }
      i += match.groups - 1
    }
  }
  const dramas = new Set<string>()
  for (const title of titles) {
    const confirmed =
      title.words >= SELF_EVIDENT_TITLE_WORDS ||
      title.cued ||
      knownDramas.includes(title.drama) ||
      characterOf.has(title.drama) ||
      castOf.has(title.drama)
    if (confirmed) dramas.add(title.drama)
  }
  for (const drama of characterOf) dramas.add(drama)
  return { dramas: [...dramas].sort(), people: [...people].sort() }
}

function sentenceIndexes(groups: WordGroup[]): number[] {
  let sentence = 0
  return groups.map((group, i) => {
    if (i > 0 && group.gap === 'sentence') sentence++
    return sentence
  })
}

/**
 * The longest catalogue phrase starting at group `start`, aligned to whole groups, within one
 * sentence; `embedded` when it sits inside a longer capitalised run.
 */
function longestPhrase(
  catalogue: CompiledCatalogue,
  groups: WordGroup[],
  start: number,
): { phrase: Phrase; groups: number; embedded: boolean } | null {
  const first = groups[start]!.words[0]!
  const candidates = catalogue.byFirstWord.get(first)
  if (!candidates) return null
  const previous = groups[start - 1]
  const afterName = !!previous && previous.capitalized && groups[start]!.gap === 'none'
  // Phrases are tried longest first; those of one length cover the same groups, whose key is
  // worked out once (null: no run of groups has exactly that many words).
  const seenKeys = new Map<number, { key: string; end: number } | null>()
  for (const phrase of candidates) {
    const length = phrase.words.length
    let seen = seenKeys.get(length)
    if (seen === undefined) {
      let words = 0
      let end = start
      while (end < groups.length && words < length) {
        if (end > start && groups[end]!.gap === 'sentence') break
        words += groups[end]!.words.length
        end++
      }
      const covered = groups.slice(start, end).flatMap((group) => group.words)
      seen = words === length ? { key: nameKey(covered), end } : null
      seenKeys.set(length, seen)
    }
    if (!seen || seen.key !== phrase.key) continue
    const next = groups[seen.end]
    const beforeName = !!next && next.gap === 'none' && next.capitalized && !next.shouted
    return { phrase, groups: seen.end - start, embedded: afterName || beforeName }
  }
  return null
}
