import { createHash } from 'node:crypto'

import { createMoreLikeThis, createYarpp } from './anchors'
import { createTfidfBaseline } from './baseline'
import { groupedCrossValidation } from './crossval'
import {
  TEST_SET_DIR,
  evaluate,
  isHeldOut,
  loadCatalogue,
  loadDevSet,
  loadLabelledDevSet,
  loadTestSet,
} from './devset'
import { evaluateLabelled } from './evalLabelled'
import { createSimilarityIndex } from './memoryIndex'
import { DEFAULT_WEIGHTS } from './weights'

import type { Search } from './crossval'
import type { DevQuery, EvalResult } from './devset'
import type { EntityCatalogue } from './catalogue'
import type { LabelledResult } from './evalLabelled'
import type { LabelledQuery } from './judge'
import type { IndexOptions } from './memoryIndex'
import type { SimilarityDoc } from './types'
import type { ScoreWeights } from './weights'

// `npm run eval:similar` prints, in order: the legacy hand-judged queries (today's figure), the
// labelled development set judged by the editorial rule, grouped cross-validation on it (weights
// chosen without the scored query group), and, with `--frozen`, the frozen test split, which is
// only ever run with the shipped defaults and never used to pick anything.

type Row = { name: string; all: EvalResult; train: EvalResult; heldOut: EvalResult }

const K = 5

function evaluateSplits(name: string, search: Search, queries: DevQuery[]): Row {
  const part = (heldOut: boolean) => queries.filter((q) => isHeldOut(q.query) === heldOut)
  return {
    name,
    all: evaluate(search, queries, K),
    train: evaluate(search, part(false), K),
    heldOut: evaluate(search, part(true), K),
  }
}

/** The same articles with entity names hidden behind opaque ids, tags dropped, or both. */
function degradedVariants(docs: SimilarityDoc[]): Record<string, SimilarityDoc[]> {
  const opaque = (value: string) => createHash('sha1').update(value).digest('hex').slice(0, 24)
  return {
    'opaque entity ids': docs.map((d) => ({
      ...d,
      dramas: d.dramas.map(opaque),
      people: d.people.map(opaque),
    })),
    'no tags': docs.map((d) => ({ ...d, tags: [] })),
    'text only': docs.map((d) => ({ ...d, dramas: [], people: [], tags: [], format: undefined })),
  }
}

const cell = (r: EvalResult) => `${r.ndcg.toFixed(3)}  ${r.map.toFixed(3)}`
const formatRow = (row: Row) =>
  `${row.name.padEnd(34)}${cell(row.all)}   ${cell(row.train)}   ${cell(row.heldOut)}`

const labelledRow = (name: string, r: LabelledResult) =>
  `${name.padEnd(34)}${r.ndcg.toFixed(3)}  ${r.map.toFixed(3)}   ${String(r.wordOnly).padStart(4)}` +
  `   ${String(r.sameDramaOtherKind).padStart(4)}`

/** Weight settings grouped cross-validation chooses among (the first is the shipped default). */
export function tuningGrid(): Array<{ name: string; weights: ScoreWeights }> {
  const grid: Array<{ name: string; weights: ScoreWeights }> = []
  for (const topic of [0.4, 0.3, 0.5])
    for (const tags of [0.2, 0.3])
      for (const floor of [0.3, 0.1])
        for (const agreementTags of [0.4, 0.6]) {
          grid.push({
            name: `topic ${topic} tags ${tags} gate floors ${floor} tag votes ${agreementTags}`,
            weights: {
              ...DEFAULT_WEIGHTS,
              topic,
              tags,
              gateFloor: floor,
              peopleGateFloor: floor,
              agreementTags,
            },
          })
        }
  return grid
}

function engineSearch(docs: SimilarityDoc[], options: IndexOptions = {}): Search {
  const index = createSimilarityIndex(docs, options)
  return (id, n) => index.similarTo(id, n)
}

function baselineSearch(docs: SimilarityDoc[]): Search {
  const index = createTfidfBaseline(docs)
  return (id, n) => index.similarTo(id, n)
}

function legacySection(): void {
  const { docs, queries } = loadDevSet()
  const heldOut = queries.filter((q) => isHeldOut(q.query)).length
  console.log(
    `1. Legacy hand-judged dev queries: ${docs.length} articles, ${queries.length} queries ` +
      `(${queries.length - heldOut} tuning, ${heldOut} held out). Metrics @${K}.\n`,
  )
  console.log(`${''.padEnd(34)}all             tuning          held-out`)
  console.log(`${''.padEnd(34)}${'nDCG   MAP      '.repeat(3)}`)
  const rows = [
    evaluateSplits('engine', engineSearch(docs), queries),
    evaluateSplits('TF-IDF cosine baseline', baselineSearch(docs), queries),
    evaluateSplits('YARPP (approx.)', createYarpp(docs).similarTo, queries),
    evaluateSplits('ES more_like_this (approx.)', createMoreLikeThis(docs).similarTo, queries),
  ]
  for (const row of rows) console.log(formatRow(row))
  for (const [name, variant] of Object.entries(degradedVariants(docs))) {
    console.log(formatRow(evaluateSplits(`engine, ${name}`, engineSearch(variant), queries)))
  }
}

/** The engine with and without its catalogue and tags, and the baseline; returns the engine's. */
function ablations(
  docs: SimilarityDoc[],
  catalogue: EntityCatalogue,
  queries: LabelledQuery[],
): LabelledResult {
  const ours = evaluateLabelled(engineSearch(docs, { catalogue }), queries)
  const noTags = docs.map((d) => ({ ...d, tags: [] }))
  console.log(labelledRow('engine (defaults, catalogue)', ours))
  console.log(labelledRow('engine, no catalogue', evaluateLabelled(engineSearch(docs), queries)))
  console.log(
    labelledRow(
      'engine, catalogue, no tags',
      evaluateLabelled(engineSearch(noTags, { catalogue }), queries),
    ),
  )
  console.log(
    labelledRow('TF-IDF cosine baseline', evaluateLabelled(baselineSearch(docs), queries)),
  )
  return ours
}

function labelledSection(): number {
  const { docs, queries } = loadLabelledDevSet()
  const catalogue = loadCatalogue()
  const groups = new Set(queries.map((q) => q.group)).size
  console.log(
    `\n2. Labelled dev set (editorial rule, src/similarity/judge.ts): ${docs.length} articles, ` +
      `${queries.length} queries in ${groups} groups.\n`,
  )
  console.log(`${''.padEnd(34)}nDCG   MAP     word-only  same-drama other kind (top-5 slots)`)
  ablations(docs, catalogue, queries)

  const settings = tuningGrid().map(({ name, weights }) => ({
    name,
    search: engineSearch(docs, { weights, catalogue }),
  }))
  const cv = groupedCrossValidation(settings, queries, { folds: 5, k: K })
  console.log(
    `\n3. Grouped 5-fold cross-validation by query group (${settings.length} settings): ` +
      `held-out nDCG@${K} ${cv.ndcg.toFixed(3)}`,
  )
  for (const fold of cv.folds) {
    console.log(`   fold ${fold.fold}: ${fold.queries} queries, chosen without it: ${fold.chosen}`)
  }
  return cv.ndcg
}

function frozenSection(cvNdcg: number): void {
  const { docs, queries } = loadTestSet()
  console.log(
    `\n4. Frozen test split (never tuned on; defaults only): ${docs.length} articles, ` +
      `${queries.length} queries.\n`,
  )
  console.log(`${''.padEnd(34)}nDCG   MAP     word-only  same-drama other kind (top-5 slots)`)
  const ours = ablations(docs, loadCatalogue(TEST_SET_DIR), queries)
  const gap = cvNdcg - ours.ndcg
  console.log(`\nGap, cross-validated dev minus frozen test nDCG@${K}: ${gap.toFixed(3)}`)
}

function main(): void {
  legacySection()
  const cv = labelledSection()
  if (process.argv.includes('--frozen')) frozenSection(cv)
  else console.log('\n(Frozen test split not run: pass --frozen, and only to report.)')
}

main()
