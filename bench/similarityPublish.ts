import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { getOptionsFromConfig } from '../src/options'
import type { Article } from '../src/payload-types'
import type { SimilarityDoc } from '../src/similarity'
import { prepareIndex } from '../src/similarityGlue/indexArticle'
import { refreshLists } from '../src/similarityGlue/peerLists'
import { rebuildSimilarIndex } from '../src/similarityGlue/rebuildIndex'
import type { Id } from './similarityPublishFill'
import { archivePages, body, countWrites, fill, openPayload } from './similarityPublishFill'
import { generateSyntheticArticles } from './syntheticArticles'

// Publish latency of one new 2,000-word article against a SQLite file holding N live synthetic
// articles (N = 1k, 10k, 100k by default; SIMILAR_BENCH_SIZES=1000,10000 to change): with the full
// plugin, with the plugin but similar articles skipped (`skipSimilarity`), and as a bare Payload
// save with the plugin switched off, interleaved round by round. Each measurement runs in a child
// process of its own, whose peak RSS is the memory of a server publishing at that N. Filling is an
// import: adapter writes in transactions, then the index is built without lists, and the lists the
// measured publish reads (those of its candidates) are computed the way a live server would.
// SIMILAR_BENCH_DB=<file> keeps the filled database between runs (filling resumes from it).

const ROUNDS = 15
const WARMUP = 3
const CHILD_ENV = 'SIMILAR_BENCH_MEASURE'
const RESULT_MARK = '@@similar-bench '

const round1 = (value: number) => Math.round(value * 10) / 10
const round2 = (value: number) => Math.round(value * 100) / 100

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, rank)] ?? 0
}

type Mode = 'full' | 'noSimilarity' | 'bare'
const MODES: readonly Mode[] = ['full', 'noSimilarity', 'bare']

async function ensureAuthor(payload: Payload): Promise<Id> {
  const { docs } = await payload.find({ collection: 'authors', limit: 1, depth: 0 })
  if (docs[0]) return docs[0].id
  const data = {
    email: 'bench@showrunner.test',
    password: 'bench-password',
    name: 'Bench',
    handle: 'bench',
  }
  return (await payload.create({ collection: 'authors', data })).id
}

/** The new article as the editor wrote it, linked to its dramas and people. */
const articleData = (template: SimilarityDoc, links: Links, authorId: Id, title: string) => ({
  title,
  // The synthetic articles use the collection's formats and Lexical's own node shapes.
  format: template.format as Article['format'],
  author: authorId,
  body: body(template.body) as Article['body'],
  ...links,
  tags: template.tags,
})

type Links = { dramas: Id[]; people: Id[] }
type Setup = { authorId: Id; links: Links; fillSeconds: number; indexSeconds: number }

/**
 * Fills to `size`, indexes every article (entries and statistics), and computes the lists of the
 * new article's candidates: the only lists a publish of it reads and changes.
 */
async function prepare(
  file: string,
  size: number,
  archiveSize: number,
  template: SimilarityDoc,
): Promise<Setup> {
  const payload = await openPayload(file, true)
  try {
    const authorId = await ensureAuthor(payload)
    const fillStart = performance.now()
    const entities = await fill(payload, authorId, size, archiveSize)
    const fillSeconds = (performance.now() - fillStart) / 1000
    const indexStart = performance.now()
    const entries = (await payload.db.count({ collection: 'similarity-entries' })).totalDocs
    if (entries !== size) {
      await rebuildSimilarIndex({
        payload,
        withLists: false,
        source: await archivePages(payload, entities, size, archiveSize),
        onProgress: ({ phase, done, total }) =>
          process.stderr.write(`\r  index: ${phase} ${done}/${total}   `),
      })
      process.stderr.write('\n')
    }
    const links = await entities.article(template)
    const req = await createLocalReq({}, payload)
    const data = articleData(template, links, authorId, template.title)
    const { scored } = await prepareIndex(req, { id: '', ...data }, null)
    await refreshLists(
      req,
      scored.map((neighbour) => neighbour.id),
    )
    const indexSeconds = (performance.now() - indexStart) / 1000
    return { authorId, links, fillSeconds, indexSeconds }
  } finally {
    await payload.destroy()
  }
}

type Measured = Record<Mode, { samples: number[]; writes: number[] }> & {
  listed: number
  rssMb: number
  heapMb: number
}

/** Publishes the template `ROUNDS` times per mode (after a warm-up), round-robin over the modes. */
async function measure(
  file: string,
  hasTransactions: boolean,
  setup: Setup,
  template: SimilarityDoc,
  label: string,
): Promise<Measured> {
  const payload = await openPayload(file, hasTransactions)
  const options = getOptionsFromConfig(payload.config)
  const writes = countWrites(payload)
  const measured: Measured = {
    full: { samples: [], writes: [] },
    noSimilarity: { samples: [], writes: [] },
    bare: { samples: [], writes: [] },
    listed: 0,
    rssMb: 0,
    heapMb: 0,
  }
  try {
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const mode of MODES) {
        options.isEnabled = mode !== 'bare'
        const context = mode === 'noSimilarity' ? { skipSimilarity: true } : {}
        const title = `${template.title} (${label}, ${mode}, ${round})`
        const draft = await payload.create({
          collection: 'articles',
          data: articleData(template, setup.links, setup.authorId, title),
          draft: true,
          depth: 0,
          context,
        })
        writes.reset()
        const start = performance.now()
        const published = await payload.update({
          collection: 'articles',
          id: draft.id,
          data: { _status: 'published' },
          draft: false,
          depth: 0,
          context,
        })
        const elapsed = performance.now() - start
        const writeCount = writes.count()
        if (mode === 'full') measured.listed = ((published.similarArticles ?? []) as []).length
        // Untimed: taking it out again also exercises the unpublish path of the index.
        await payload.delete({ collection: 'articles', id: draft.id, context })
        if (round < WARMUP) continue
        measured[mode].samples.push(elapsed)
        measured[mode].writes.push(writeCount)
      }
    }
  } finally {
    options.isEnabled = true
    await payload.destroy()
  }
  measured.rssMb = peakRssMb()
  // What stays after a full collection: the rest of the peak is garbage not yet collected.
  ;(globalThis as { gc?: () => void }).gc?.()
  measured.heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20)
  return measured
}

/**
 * This process's peak RSS in MB: the kernel's high-water mark of its own memory (VmHWM). Not
 * `resourceUsage().maxRSS`, which on Linux keeps the parent's RSS at the time of the spawn.
 */
function peakRssMb(): number {
  const status = fs.readFileSync('/proc/self/status', 'utf8')
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1])
  return Math.round((Number.isFinite(kb) ? kb : process.resourceUsage().maxRSS) / 1024)
}

type ChildArgs = {
  file: string
  hasTransactions: boolean
  setup: Setup
  label: string
  archiveSize: number
}

const newArticle = (archiveSize: number) =>
  generateSyntheticArticles(1, 99, { bodyWords: 2_000, idPrefix: 'bench-new-', archiveSize })[0]!

/** Runs `measure` in a child process (this file), so its peak RSS is the measurement's own. */
function measureInChild(args: ChildArgs): Promise<Measured> {
  const self = fileURLToPath(import.meta.url)
  const flags = ['--expose-gc', '--conditions=development', '--import', 'tsx']
  const child = spawn(process.execPath, [...flags, self], {
    env: { ...process.env, [CHILD_ENV]: JSON.stringify(args) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      const line = output.split('\n').find((text) => text.startsWith(RESULT_MARK))
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARK.length)) as Measured)
      else reject(new Error(`measurement child exited with ${code}:\n${output.slice(-2000)}`))
    })
  })
}

/**
 * See the top of this file. Figures per N (`n10000.…`): median and p95 of the publish (ms) in each
 * mode, the ratios full/bare (target ≤ 1.5 at 10k) and noSimilarity/bare, adapter writes per
 * publish and the measuring process's peak RSS, with the app's SQLite settings (no transactions:
 * each write commits on its own); the same with SQLite transactions on (`n10000.tx.…`: one commit
 * per request); the 100k/10k ratios of the full publish (target ≤ 3); fill and index times.
 */
export async function benchSimilarityPublish(): Promise<Record<string, number>> {
  const sizes = (process.env.SIMILAR_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
  const archiveSize = Math.max(...sizes)
  const keep = process.env.SIMILAR_BENCH_DB
  const file = keep ? path.resolve(keep) : path.join(os.tmpdir(), `similar-bench-${process.pid}.db`)
  const results: Record<string, number> = {}
  const template = newArticle(archiveSize)
  const record = (key: string, measured: Measured) => {
    for (const mode of MODES) {
      results[`${key}.${mode}_median_ms`] = round1(percentile(measured[mode].samples, 50))
      results[`${key}.${mode}_p95_ms`] = round1(percentile(measured[mode].samples, 95))
      results[`${key}.${mode}_writes`] = percentile(measured[mode].writes, 50)
    }
    const ratio = (mode: Mode) =>
      round2(results[`${key}.${mode}_median_ms`]! / results[`${key}.bare_median_ms`]!)
    results[`${key}.full_vs_bare`] = ratio('full')
    results[`${key}.noSimilarity_vs_bare`] = ratio('noSimilarity')
    results[`${key}.listed`] = measured.listed
    results[`${key}.rss_peak_mb`] = measured.rssMb
    results[`${key}.heap_after_gc_mb`] = measured.heapMb
    console.log(
      `${key}: full ${results[`${key}.full_median_ms`]}/${results[`${key}.full_p95_ms`]} ms ` +
        `(${results[`${key}.full_writes`]} writes), no similarity ` +
        `${results[`${key}.noSimilarity_median_ms`]}, bare ${results[`${key}.bare_median_ms`]}/` +
        `${results[`${key}.bare_p95_ms`]} ms (${results[`${key}.bare_writes`]} writes); ` +
        `full/bare ${results[`${key}.full_vs_bare`]}; peak RSS ${measured.rssMb} MB ` +
        `(heap after GC ${measured.heapMb} MB)`,
    )
  }
  try {
    for (const size of sizes) {
      const setup = await prepare(file, size, archiveSize, template)
      const key = `n${size}`
      results[`${key}.fill_s`] = round1(setup.fillSeconds)
      results[`${key}.index_s`] = round1(setup.indexSeconds)
      console.log(
        `${key}: fill ${results[`${key}.fill_s`]} s, index ${results[`${key}.index_s`]} s`,
      )
      for (const hasTransactions of [false, true]) {
        const label = hasTransactions ? `${key}.tx` : key
        record(label, await measureInChild({ file, hasTransactions, setup, label, archiveSize }))
      }
    }
    const [small, large] = [sizes.at(-2), sizes.at(-1)]
    if (small && large && small !== large) {
      for (const variant of ['', '.tx']) {
        results[`n${large}_vs_n${small}${variant}.full`] = round2(
          results[`n${large}${variant}.full_median_ms`]! /
            results[`n${small}${variant}.full_median_ms`]!,
        )
      }
    }
    return results
  } finally {
    if (!keep) {
      for (const suffix of ['', '-journal', '-wal', '-shm']) {
        fs.rmSync(`${file}${suffix}`, { force: true })
      }
    }
  }
}

if (process.env[CHILD_ENV]) {
  const args = JSON.parse(process.env[CHILD_ENV]) as ChildArgs
  const measured = await measure(
    args.file,
    args.hasTransactions,
    args.setup,
    newArticle(args.archiveSize),
    args.label,
  )
  console.log(`${RESULT_MARK}${JSON.stringify(measured)}`)
  process.exit(0)
}
