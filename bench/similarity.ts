import { createSimilarityIndex } from '../src/similarity'
import { generateSyntheticArticles, syntheticCatalogue } from './syntheticArticles'

import type { SimilarityDoc } from '../src/similarity'

export type SimilarityBenchOptions = {
  /** Corpus sizes to measure at, ascending (default 1k, 10k, 100k). */
  sizes?: number[]
  /** Timed upsert + similarTo rounds per size (default 15, after 3 warm-up rounds). */
  rounds?: number
  seed?: number
  log?: (line: string) => void
  /** Index with a synthetic catalogue (one drama per 40 articles), so upserts link entities. */
  withCatalogue?: boolean
}

const WARMUP_ROUNDS = 3
const LIMIT = 10

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, rank)]!
}

function summary(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) }
}

function heapUsedMb(): number {
  // Only meaningful with --expose-gc; otherwise includes garbage not yet collected.
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Pure engine latency of publishing one new 2,000-word article: `upsert` and then `similarTo`
 * (limit 10) against an in-memory index of N synthetic articles, for N = 1k, 10k and 100k.
 * The index is filled once, incrementally (generation time included in the fill rate), so the
 * 100k run reuses the smaller ones. Reports
 * median and p95 milliseconds per step and in total, heap used after filling (MB; exact when
 * node runs with --expose-gc) and fill throughput.
 */
export async function benchSimilarityEngine(
  options: SimilarityBenchOptions = {},
): Promise<Record<string, number>> {
  const sizes = options.sizes ?? [1_000, 10_000, 100_000]
  const rounds = options.rounds ?? 15
  const log = options.log ?? (() => {})
  const seed = options.seed ?? 20_240_501
  const archiveSize = sizes[sizes.length - 1]!
  const article = generateSyntheticArticles(1, 99, { bodyWords: 2_000, idPrefix: 'bench-new-' })[0]!
  const catalogue = options.withCatalogue ? syntheticCatalogue(archiveSize) : undefined
  const index = createSimilarityIndex([], { catalogue })
  const results: Record<string, number> = {}
  let filled = 0
  for (const size of sizes) {
    const fillStart = performance.now()
    const before = filled
    // Generated in chunks so the raw articles never all sit in memory next to the index.
    while (filled < size) {
      const count = Math.min(5_000, size - filled)
      const chunk = generateSyntheticArticles(count, seed, { offset: filled, archiveSize })
      for (const doc of chunk) index.upsert(doc)
      filled += count
    }
    const fillSeconds = (performance.now() - fillStart) / 1000
    const upserts: number[] = []
    const lookups: number[] = []
    const totals: number[] = []
    let found = 0
    for (let round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      // A fresh id each round, so every upsert is a real insert rather than an update.
      const doc: SimilarityDoc = { ...article, id: `${article.id}${round}` }
      const start = performance.now()
      index.upsert(doc)
      const inserted = performance.now()
      found = index.similarTo(doc.id, LIMIT).length
      const done = performance.now()
      index.remove(doc.id)
      if (round < WARMUP_ROUNDS) continue
      upserts.push(inserted - start)
      lookups.push(done - inserted)
      totals.push(done - start)
    }
    const key = `similarity${catalogue ? '.catalogue' : ''}.n${size}`
    const upsert = summary(upserts)
    const lookup = summary(lookups)
    const total = summary(totals)
    Object.assign(results, {
      [`${key}.upsert_median_ms`]: round2(upsert.median),
      [`${key}.upsert_p95_ms`]: round2(upsert.p95),
      [`${key}.similarTo_median_ms`]: round2(lookup.median),
      [`${key}.similarTo_p95_ms`]: round2(lookup.p95),
      [`${key}.total_median_ms`]: round2(total.median),
      [`${key}.total_p95_ms`]: round2(total.p95),
      [`${key}.heap_used_mb`]: round2(heapUsedMb()),
      [`${key}.fill_docs_per_s`]: Math.round((size - before) / Math.max(fillSeconds, 1e-9)),
      [`${key}.results`]: found,
    })
    log(
      `N=${size}: upsert ${upsert.median.toFixed(1)}/${upsert.p95.toFixed(1)} ms, similarTo ` +
        `${lookup.median.toFixed(1)}/${lookup.p95.toFixed(1)} ms (median/p95), heap ` +
        `${results[`${key}.heap_used_mb`]} MB, fill ${fillSeconds.toFixed(1)} s`,
    )
  }
  return results
}
