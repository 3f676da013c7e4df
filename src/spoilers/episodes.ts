import { CARDINAL_WORD, ORDINAL_WORD, parseNumberWord } from './numbers'

/** One reference to an episode found in a text. */
export type EpisodeRef = {
  /** 'number' carries its own value; the relative kinds need the drama's episode count. */
  kind: 'number' | 'premiere' | 'finale' | 'penultimate'
  value: number | null
  start: number
  end: number
  text: string
  /** "since the first episode", "from episode 3": a starting point, not the episode revealed. */
  anchor: boolean
}

const NUM = `(?:\\d{1,3}|${CARDINAL_WORD})`
const ORD = `(?:\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORD})`
const JOIN = `\\s*(?:-|to|through|and|&|,|,\\s*and)\\s*`

type Rule = {
  re: RegExp
  read: (m: RegExpExecArray) => Array<Pick<EpisodeRef, 'kind' | 'value'>>
}

const numbersIn = (text: string, pattern: string): number[] =>
  [...text.matchAll(new RegExp(pattern, 'gi'))]
    .map((m) => parseNumberWord(m[0]))
    .filter((n): n is number => n !== null && n > 0 && n < 400)

// Order matters only for overlaps: earlier rules claim their span first.
const RULES: Rule[] = [
  {
    // "episode 12", "Episode twelve", "ep. 5", "eps 3-4", "episodes 11 and 12", "episode #7"
    re: new RegExp(`\\b(?:episodes?|eps?\\.?)\\s*#?\\s*(${NUM}(?:${JOIN}${NUM})*)\\b`, 'gi'),
    read: (m) => numbersIn(m[1], NUM).map((value) => ({ kind: 'number' as const, value })),
  },
  {
    // "the first two episodes", "the first three episodes": events up to that episode
    re: new RegExp(`\\b(?:first|opening)\\s+(${NUM})\\s+episodes\\b`, 'gi'),
    read: (m) => numbersIn(m[1], NUM).map((value) => ({ kind: 'number' as const, value })),
  },
  {
    // "the penultimate episode", "second-to-last episode", "next to last episode"
    re: /\b(?:penultimate|second[-\s]to[-\s]last|next[-\s]to[-\s]last)\s+(?:episode|installment|chapter)\b/gi,
    read: () => [{ kind: 'penultimate', value: null }],
  },
  {
    // "the finale", "series finale", "final episode(s)", "last two episodes", "final week"
    re: /\b(?:(?:series|season|grand|two-part)\s+)?finale\b|\b(?:final|last|closing)\s+(?:(?:two|couple of|few)\s+)?(?:episodes?|installments?|chapter|hour|week)\b/gi,
    read: () => [{ kind: 'finale', value: null }],
  },
  {
    // "the fifth episode", "12th episode", "fifth and sixth episodes"
    re: new RegExp(`\\b(${ORD}(?:${JOIN}${ORD})*)\\s+episodes?\\b`, 'gi'),
    read: (m) =>
      numbersIn(m[1], ORD).map((value) =>
        value === 1 ? { kind: 'premiere' as const, value: 1 } : { kind: 'number' as const, value },
      ),
  },
  {
    // "the premiere", "its premiere episode", "the pilot", "opening episode"; the verb
    // ("will premiere on", "premiered in") is scheduling, not an episode.
    re: /\b(?:the|its|series|drama's|show's|series'|'s)\s+(?:series\s+)?(?:premiere|pilot)\b(?!\s+(?:date|on|in|at|next|this)\b)|\b(?:opening|debut|pilot)\s+episode\b/gi,
    read: () => [{ kind: 'premiere', value: 1 }],
  },
]

// "final hour", "last week" and "closing chapter" name the finale without the letters "ep".
const QUICK = /ep|finale|premiere|pilot|penultimate|final|last|closing/i
const ANCHOR = /\b(?:since|from|starting (?:with|from)|ever since)\s+(?:the\s+|its\s+)?$/i

/** Every episode reference in `text`, in order of appearance. */
export function findEpisodeRefs(text: string): EpisodeRef[] {
  const refs: EpisodeRef[] = []
  // Most sentences name no episode; the number-word alternations below are too costly to run blind.
  if (!QUICK.test(text)) return refs
  const taken: Array<[number, number]> = []
  const overlaps = (start: number, end: number): boolean =>
    taken.some(([s, e]) => start < e && end > s)
  for (const rule of RULES) {
    rule.re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = rule.re.exec(text))) {
      const start = m.index
      const end = start + m[0].length
      if (overlaps(start, end)) continue
      taken.push([start, end])
      const anchor = ANCHOR.test(text.slice(Math.max(0, start - 20), start))
      for (const ref of rule.read(m)) refs.push({ ...ref, start, end, text: m[0], anchor })
    }
  }
  return refs.sort((a, b) => a.start - b.start)
}

/** Episode number a reference points at, given the drama's length; null when it cannot be known. */
export function resolveEpisode(ref: EpisodeRef, totalEpisodes?: number | null): number | null {
  if (ref.kind === 'number' || ref.kind === 'premiere') return ref.value
  if (!totalEpisodes) return null
  return ref.kind === 'finale' ? totalEpisodes : totalEpisodes - 1
}

/** Human-readable reason for a reference, e.g. 'mentions episode 12' or 'mentions the finale'. */
export function describeEpisodeRef(ref: EpisodeRef, totalEpisodes?: number | null): string {
  const value = resolveEpisode(ref, totalEpisodes)
  if (ref.kind === 'number') return `mentions episode ${value}`
  const label = ref.kind === 'premiere' ? 'the premiere' : `the ${ref.kind} episode`
  const name = ref.kind === 'finale' ? 'the finale' : label
  return value === null ? `mentions ${name}` : `mentions ${name} (episode ${value})`
}
