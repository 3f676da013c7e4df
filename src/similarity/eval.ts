import { createHash } from 'node:crypto'

import { createMoreLikeThis, createYarpp } from './anchors'
import { createTfidfBaseline } from './baseline'
import { evaluate, isHeldOut, loadDevSet } from './devset'
import { createSimilarityIndex } from './memoryIndex'

import type { DevQuery, EvalResult } from './devset'
import type { ScoredId, SimilarityDoc } from './types'

type Search = (id: string, limit: number) => ScoredId[]
type Row = { name: string; all: EvalResult; train: EvalResult; heldOut: EvalResult }

const K = 5

/** Evaluates one system on all queries, the tuning split and the held-out split. */
function evaluateSplits(name: string, search: Search, queries: DevQuery[]): Row {
  return {
    name,
    all: evaluate(search, queries, K),
    train: evaluate(
      search,
      queries.filter((q) => !isHeldOut(q.query)),
      K,
    ),
    heldOut: evaluate(
      search,
      queries.filter((q) => isHeldOut(q.query)),
      K,
    ),
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

function format(row: Row): string {
  const cell = (r: EvalResult) => `${r.ndcg.toFixed(3)}  ${r.map.toFixed(3)}`
  return `${row.name.padEnd(30)}${cell(row.all)}   ${cell(row.train)}   ${cell(row.heldOut)}`
}

function main(): void {
  const { docs, queries } = loadDevSet()
  const heldOut = queries.filter((q) => isHeldOut(q.query)).length
  console.log(
    `Similar articles dev set: ${docs.length} articles, ${queries.length} queries ` +
      `(${queries.length - heldOut} tuning, ${heldOut} held out). Metrics @${K}.\n`,
  )
  const header = `${''.padEnd(30)}all             tuning          held-out`
  console.log(header)
  console.log(`${''.padEnd(30)}${'nDCG   MAP      '.repeat(3)}`)
  const engine = createSimilarityIndex(docs)
  const baseline = createTfidfBaseline(docs)
  const rows = [
    evaluateSplits('engine', (id, n) => engine.similarTo(id, n), queries),
    evaluateSplits('TF-IDF cosine baseline', (id, n) => baseline.similarTo(id, n), queries),
    evaluateSplits('YARPP (approx.)', createYarpp(docs).similarTo, queries),
    evaluateSplits('ES more_like_this (approx.)', createMoreLikeThis(docs).similarTo, queries),
  ]
  for (const row of rows) console.log(format(row))

  // The baseline reads text only, so its numbers do not change with the metadata.
  console.log('\nEngine robustness to poorer metadata (the baseline is unaffected):')
  for (const [name, variant] of Object.entries(degradedVariants(docs))) {
    const index = createSimilarityIndex(variant)
    console.log(
      format(evaluateSplits(`engine, ${name}`, (id, n) => index.similarTo(id, n), queries)),
    )
  }

  const [ours, theirs] = [rows[0]!, rows[1]!]
  console.log('\nWeakest queries for the engine (nDCG@5, top 5 returned):')
  for (const result of [...ours.all.perQuery].sort((a, b) => a.ndcg - b.ndcg).slice(0, 6)) {
    const split = isHeldOut(result.query) ? 'held-out' : 'tuning'
    console.log(`  ${result.query.padEnd(26)} ${result.ndcg.toFixed(2)} ${split.padEnd(9)}`)
    console.log(`    ${result.ranked.join(', ')}`)
  }
  const delta = ours.heldOut.ndcg - theirs.heldOut.ndcg
  const sign = delta >= 0 ? '+' : ''
  console.log(
    `\nHeld-out nDCG@${K}: engine ${ours.heldOut.ndcg.toFixed(3)}, ` +
      `baseline ${theirs.heldOut.ndcg.toFixed(3)} (${sign}${delta.toFixed(3)}).`,
  )
}

main()
