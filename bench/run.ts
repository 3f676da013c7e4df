import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// `npm run bench [name…]`: runs each benchmark module and writes every figure to bench/results.json
// (plus the machine it ran on), so targets are checked from numbers rather than timed test assertions.
type Bench = { name: string; file: string; exportName: string }

const BENCHES: Bench[] = [
  { name: 'workflow', file: 'workflow.ts', exportName: 'benchWorkflow' },
  { name: 'spoilers', file: 'spoilers.ts', exportName: 'benchSpoilers' },
  { name: 'similarityEngine', file: 'similarity.ts', exportName: 'benchSimilarityEngine' },
  { name: 'similarityPublish', file: 'similarityPublish.ts', exportName: 'benchSimilarityPublish' },
  { name: 'revalidation', file: 'revalidation.ts', exportName: 'benchRevalidation' },
  { name: 'graphqlGuard', file: 'graphqlGuard.ts', exportName: 'benchGraphqlGuard' },
  { name: 'deliveryCache', file: 'deliveryCache.ts', exportName: 'benchDeliveryCache' },
  { name: 'delivery', file: 'delivery.ts', exportName: 'benchDelivery' },
  { name: 'checklist', file: 'checklist.ts', exportName: 'benchChecklist' },
  { name: 'newsroomReactions', file: 'newsroomReactions.ts', exportName: 'benchNewsroomReactions' },
]

const dir = path.dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)

// Each benchmark in a process of its own: Payload keeps per-process state (the dev schema push
// runs once per process), and memory figures should not include another benchmark's.
if (wanted.length !== 1) {
  const names = BENCHES.map((bench) => bench.name).filter(
    (name) => wanted.length === 0 || wanted.includes(name),
  )
  for (const name of names) {
    const flags = ['--conditions=development', '--import', 'tsx']
    const run = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    })
    if (run.status !== 0) process.exit(run.status ?? 1)
  }
  process.exit(0)
}
const outFile = path.join(dir, 'results.json')
const previous = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : {}
const results: Record<string, unknown> = { ...previous.results }

for (const bench of BENCHES) {
  if (wanted.length > 0 && !wanted.includes(bench.name)) continue
  const file = path.join(dir, bench.file)
  if (!fs.existsSync(file)) throw new Error(`bench/${bench.file} is missing`)
  console.log(`\n=== ${bench.name} ===`)
  const started = Date.now()
  const mod = (await import(pathToFileURL(file).href)) as Record<string, () => Promise<unknown>>
  const figures = await mod[bench.exportName]()
  results[bench.name] = { ...(figures as object), measuredAt: new Date().toISOString() }
  console.log(JSON.stringify(figures, null, 2))
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
}
fs.writeFileSync(outFile, `${JSON.stringify({ machine, results }, null, 2)}\n`)
console.log(`\nWrote ${path.relative(process.cwd(), outFile)}`)
process.exit(0)
