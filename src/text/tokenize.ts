import { stemmer } from 'stemmer'
import { eng, removeStopwords } from 'stopword'

// Intl.Segmenter is the platform's Unicode word tokenizer: it keeps "Seo-joon" and "it's" intact
// and handles curly apostrophes, which a regex split gets wrong.
const segmenter = new Intl.Segmenter('en', { granularity: 'word' })

/** Lower-cased word tokens of `text`, in order, punctuation dropped, apostrophes normalised. */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  for (const part of segmenter.segment(text.replace(/[\u2018\u2019]/g, "'"))) {
    if (!part.isWordLike) continue
    const token = part.segment.toLowerCase().replace(/'s$/, '')
    if (token) tokens.push(token)
  }
  return tokens
}

/** Porter stem of one lower-case token. */
export function stem(token: string): string {
  return stemmer(token)
}

/** Content terms of `text`: tokens without English stopwords, stemmed. */
export function contentTerms(text: string): string[] {
  return removeStopwords(tokenize(text), eng).map(stem)
}
