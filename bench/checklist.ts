import { performance } from 'node:perf_hooks'

import type { ChecklistArticle } from '../src/checklist'
import { buildChecklist, countWords, evaluateChecklist } from '../src/checklist'

const RUNS = 20_000
const WORDS = 2000

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * The checklist engine's own cost per article (every built-in rule on a ten-item listicle with
 * links), and word counting of a 2,000-word text: what each save and each live sidebar check adds
 * on top of the hero image and link look-ups.
 */
export async function benchChecklist(): Promise<Record<string, number>> {
  const checklist = buildChecklist()
  const article: ChecklistArticle = {
    format: 'listicle',
    title: 'Ten scenes from Signal that still haunt us',
    excerpt: 'From the walkie-talkie at midnight to the last call: the scenes fans rewatch most.',
    heroImage: { id: '1', alt: 'A walkie-talkie' },
    dramaIds: ['1', '2'],
    items: Array.from({ length: 10 }, (_, i) => ({
      heading: `Scene ${i}`,
      hasScene: i % 2 === 0,
      hasDrama: true,
    })),
    spoilerSectionCount: 3,
    spoilerWarning: 'Spoilers up to episode 16.',
    sources: [],
    wordCount: WORDS,
    links: Array.from({ length: 12 }, (_, i) => ({
      field: i < 10 ? ('seeAlso' as const) : ('pinnedSimilar' as const),
      id: String(i),
      title: `Article ${i}`,
      isPublished: i !== 5,
    })),
  }
  const evaluations: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    evaluateChecklist(checklist, article)
    evaluations.push(performance.now() - started)
  }
  const text = Array.from(
    { length: WORDS / 8 },
    () => "The detectives' walkie-talkie rings at 11:23.",
  ).join(' ')
  const counts: number[] = []
  for (let run = 0; run < 500; run += 1) {
    const started = performance.now()
    countWords(text)
    counts.push(performance.now() - started)
  }
  return {
    evaluateMedianUs: Math.round(median(evaluations) * 1000 * 10) / 10,
    countWords2000MedianMs: Math.round(median(counts) * 1000) / 1000,
    runs: RUNS,
  }
}
