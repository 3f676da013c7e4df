import { stem } from '../text/tokenize'
import { findMentionsInGroups } from './catalogue'
import { findNames, partialNames, tokenizeWithNames } from './names'
import { THEME_BIGRAM_STARTS, themeOf, themeVector } from './themes'
import { STOPWORDS, isTitleCase, wordGroups } from './words'

import type { CompiledCatalogue } from './catalogue'
import type { TextToken } from './names'
import type { DocFeatures, SimilarityDoc } from './types'

/** Bump when extraction changes so stored features can be detected as stale and rebuilt. */
export const FEATURES_VERSION = 2

/** Prefix of proper-name terms in `titleTerms` / `bodyTerms`. */
export const NAME_PREFIX = 'n:'

// A headline word says more about the topic than a body word; themes count title words 3x.
const THEME_TITLE_WEIGHT = 3
const FORMATS = new Set(['listicle', 'news', 'feature', 'recap'])
const HAS_LETTER = /\p{L}/u
const STEM_CACHE_SIZE = 100_000
const stemCache = new Map<string, string>()

/** Options of `extractFeatures`. */
export type ExtractOptions = {
  /** The newsroom's catalogue of dramas and people (`compileCatalogue`), for entity linking. */
  catalogue?: CompiledCatalogue
}

/**
 * Corpus-independent features of one article: stemmed word counts for title and body, proper
 * names as single terms, normalised entities, format, theme weights and date.
 * The result is plain JSON, meant to be stored on the article and reused.
 */
export function extractFeatures(doc: SimilarityDoc, options: ExtractOptions = {}): DocFeatures {
  let dramas = normalizeEntities(doc.dramas)
  let people = normalizeEntities(doc.people)
  const titleGroups = wordGroups(doc.title ?? '')
  const bodyGroups = wordGroups(doc.body ?? '')
  if (options.catalogue) {
    // Mentions found in the text join the editor's relations, so an article whose relations were
    // left empty (a reader's letter naming only characters) still links to its drama.
    const mentions = findMentionsInGroups(options.catalogue, [titleGroups, bodyGroups], dramas)
    dramas = normalizeEntities([...dramas, ...mentions.dramas])
    people = normalizeEntities([...people, ...mentions.people])
  }
  // Entity fields may hold names ("Hyun Bin") or slugs ("hyun-bin"); either way, if the words
  // occur in the text they mark a name even inside an all-capitalised headline.
  const entityNames = [...dramas, ...people]
    .map((entity) => entity.split(/[\s_-]+/).filter(Boolean))
    .filter((words) => words.length >= 1 && words.length <= 8)
    .filter((words) => words.every((word) => /^[\p{L}\p{N}]+$/u.test(word)))
  const headline = isTitleCase(titleGroups)
  const names = findNames(headline ? [bodyGroups] : [bodyGroups, titleGroups], entityNames)
  const headlineNames = headline ? union(names, partialNames(names)) : names
  const title = countTerms(tokenizeWithNames(titleGroups, headlineNames))
  const body = countTerms(tokenizeWithNames(bodyGroups, names))
  const published = doc.publishedAt ? Date.parse(doc.publishedAt) : NaN
  return {
    version: FEATURES_VERSION,
    titleTerms: title.terms,
    bodyTerms: body.terms,
    dramas,
    people,
    tags: normalizeEntities(doc.tags, true),
    format: normalizeFormat(doc.format),
    themes: themeVector(title.themeHits, body.themeHits, THEME_TITLE_WEIGHT),
    publishedAt: Number.isFinite(published) ? published : null,
  }
}

/** Trimmed, lower-cased, de-duplicated and sorted, so equal sets compare equal. */
export function normalizeEntities(values: readonly string[] | undefined, slug = false): string[] {
  const out = new Set<string>()
  for (const value of values ?? []) {
    if (typeof value !== 'string') continue
    let normalized = value.trim().toLowerCase().replace(/\s+/g, ' ')
    if (slug) normalized = normalized.replace(/[\s_]+/g, '-')
    if (normalized) out.add(normalized)
  }
  return [...out].sort()
}

function normalizeFormat(format: string | undefined): string | null {
  const normalized = format?.trim().toLowerCase()
  if (!normalized) return null
  return FORMATS.has(normalized) ? normalized : normalized.replace(/s$/, '')
}

/**
 * Term counts: each ordinary content word stemmed, each proper name as `n:` plus its words.
 * Also counts theme hits, including bigram entries of the lexicon ("military service"); bigrams
 * are not kept as retrieval terms, where they almost never recur and just dilute the vectors.
 */
function countTerms(tokens: TextToken[]): {
  terms: Record<string, number>
  themeHits: Map<string, number>
} {
  // A prototype-less object starts in dictionary mode: building one with ~150 arbitrary keys is
  // several times faster than a plain object (hidden-class churn) or a Map plus fromEntries.
  const terms: Record<string, number> = Object.create(null)
  const themeHits = new Map<string, number>()
  let previous: string | null = null
  let previousClause = -1
  for (const token of tokens) {
    if (token.kind === 'name') {
      const term = NAME_PREFIX + token.text
      terms[term] = (terms[term] ?? 0) + 1
      previous = null
      continue
    }
    const word = token.text
    if (word.length < 2 || STOPWORDS.has(word) || !hasLetter(word)) {
      previous = null
      continue
    }
    const term = cachedStem(word)
    terms[term] = (terms[term] ?? 0) + 1
    let theme = themeOf(term)
    if (theme !== undefined) themeHits.set(theme, (themeHits.get(theme) ?? 0) + 1)
    if (previous !== null && previousClause === token.clause && THEME_BIGRAM_STARTS.has(previous)) {
      theme = themeOf(`${previous} ${term}`)
      if (theme !== undefined) themeHits.set(theme, (themeHits.get(theme) ?? 0) + 1)
    }
    previous = term
    previousClause = token.clause
  }
  return { terms, themeHits }
}

function hasLetter(word: string): boolean {
  const code = word.charCodeAt(0)
  return (code >= 97 && code <= 122) || HAS_LETTER.test(word)
}

// Vocabularies are Zipfian, so a small memo saves most of the Porter stemmer's cost; clearing it
// when full keeps memory bounded on unusual input.
function cachedStem(word: string): string {
  let stemmed = stemCache.get(word)
  if (stemmed === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear()
    stemmed = stem(word)
    stemCache.set(word, stemmed)
  }
  return stemmed
}

function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  return new Set([...a, ...b])
}
