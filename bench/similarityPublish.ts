import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { countUnfinishedJobs, SIMILAR_QUEUE } from '../src/jobs/queueJob'
import { getOptionsFromConfig } from '../src/options'
import type { Article } from '../src/payload-types'
import type { SimilarityDoc } from '../src/similarity'
import { prepareIndex } from '../src/similarityGlue/indexArticle'
import { refreshLists } from '../src/similarityGlue/peerLists'
import { rebuildSimilarIndex } from '../src/similarityGlue/rebuildIndex'
import type { BenchTarget, Id } from './similarityPublishFill'
import {
  archivePages,
  body,
  countWrites,
  fill,
  openPayload,
  targetLabel,
} from './similarityPublishFill'
import { generateSyntheticArticles } from './syntheticArticles'

// Publish latency of one new 2,000-word article against a database holding N live synthetic
// articles (N = 1k, 10k, 100k by default; SIMILAR_BENCH_SIZES=1000,10000 to change), on SQLite and
// on PostgreSQL (SIMILAR_BENCH_PG=<url>, default TEST_POSTGRES_URL; SIMILAR_BENCH_ADAPTERS=sqlite
// for one): with the full plugin, with the plugin but similar articles skipped (`skipSimilarity`),
// and as a bare Payload save with the plugin switched off, interleaved round by round. A full
// publish's peers are updated by the job runner after the response (the server's cron, every
// second): `peers_*` is the time from the response until that job has run. Each measurement runs
// in a child process of its own, whose peak RSS is the memory of a server publishing at that N.
// Filling is an import: adapter writes in transactions, then the index is built without lists,
// and the lists the measured publish reads (those of its candidates) are computed the way a live
// server would. SIMILAR_BENCH_DB=<file> keeps the filled SQLite file between runs (PostgreSQL keeps
// its schema, SIMILAR_BENCH_PG_SCHEMA or `similar_bench`); filling resumes from it.
// SIMILAR_BENCH_ARCHIVE sets the synthetic archive's size (default 100k: every N drawn alike).

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
  file: BenchTarget,
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
  /** ms from a full publish's response until its peer job has run. */
  peers: number[]
  listed: number
  rssMb: number
  heapMb: number
}

/** Waits (polling every 10 ms) until the similar-lists queue is empty; returns when it saw that. */
async function peerJobsDone(payload: Payload): Promise<number> {
  const deadline = performance.now() + 60_000
  while (performance.now() < deadline) {
    if ((await countUnfinishedJobs(payload, SIMILAR_QUEUE)) === 0) return performance.now()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('the peer job did not run within a minute')
}

/** Publishes the template `ROUNDS` times per mode (after a warm-up), round-robin over the modes. */
async function measure(
  file: BenchTarget,
  hasTransactions: boolean,
  setup: Setup,
  template: SimilarityDoc,
  label: string,
): Promise<Measured> {
  // With the server's job runner: the peer job of each full publish runs as it would in production.
  const payload = await openPayload(file, hasTransactions, { cron: true })
  const options = getOptionsFromConfig(payload.config)
  const writes = countWrites(payload)
  const measured: Measured = {
    full: { samples: [], writes: [] },
    noSimilarity: { samples: [], writes: [] },
    bare: { samples: [], writes: [] },
    peers: [],
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
        const peers = (await peerJobsDone(payload)) - start - elapsed
        if (mode === 'full') measured.listed = ((published.similarArticles ?? []) as []).length
        // Untimed: taking it out again also exercises the unpublish path of the index.
        await payload.delete({ collection: 'articles', id: draft.id, context })
        await peerJobsDone(payload)
        if (round < WARMUP) continue
        if (mode === 'full') measured.peers.push(peers)
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
  file: BenchTarget
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

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json')

/** This benchmark's figures already in results.json for adapters and sizes not run this time. */
function previousFigures(): Record<string, number> {
  if (!fs.existsSync(RESULTS)) return {}
  const stored = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as {
    results?: Record<string, Record<string, number>>
  }
  const figures = stored.results?.similarityPublish ?? {}
  return Object.fromEntries(
    Object.entries(figures).filter(([key]) => /^(sqlite|postgres)\./.test(key)),
  )
}

const load = () => os.loadavg().map(round2)

/**
 * See the top of this file. Figures per adapter and N (`sqlite.n10000.…`): median and p95 of the
 * publish (ms) in each mode, the ratios full/bare (target ≤ 2 at 10k and 100k) and
 * noSimilarity/bare, adapter writes per publish, median and p95 of the time from a full publish's
 * response until its peers' lists are updated (`peers_*`, target p95 ≤ 2 s at 100k), the
 * measuring process's peak RSS and the machine's load average (1, 5, 15 min) before and after; the
 * 100k/10k ratio of the full publish (target ≤ 1.5); fill and index times. SQLite runs with the
 * app's settings (no transactions: each write commits on its own), PostgreSQL with transactions.
 */
export async function benchSimilarityPublish(): Promise<Record<string, number | number[]>> {
  const sizes = (process.env.SIMILAR_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
  const archiveSize = Number(process.env.SIMILAR_BENCH_ARCHIVE ?? 100_000)
  const keep = process.env.SIMILAR_BENCH_DB
  const file = keep ? path.resolve(keep) : path.join(os.tmpdir(), `similar-bench-${process.pid}.db`)
  const pg = process.env.SIMILAR_BENCH_PG ?? process.env.TEST_POSTGRES_URL
  const adapters = (process.env.SIMILAR_BENCH_ADAPTERS ?? (pg ? 'sqlite,postgres' : 'sqlite'))
    .split(',')
    .map((name) => name.trim())
  const targets: BenchTarget[] = adapters.map((name) =>
    name === 'postgres'
      ? { url: pg!, schema: process.env.SIMILAR_BENCH_PG_SCHEMA ?? 'similar_bench' }
      : { file },
  )
  const results: Record<string, number | number[]> = {}
  const template = newArticle(archiveSize)
  const record = (key: string, measured: Measured, loadBefore: number[]) => {
    for (const mode of MODES) {
      results[`${key}.${mode}_median_ms`] = round1(percentile(measured[mode].samples, 50))
      results[`${key}.${mode}_p95_ms`] = round1(percentile(measured[mode].samples, 95))
      results[`${key}.${mode}_writes`] = percentile(measured[mode].writes, 50)
    }
    const ratio = (mode: Mode) =>
      round2(
        (results[`${key}.${mode}_median_ms`] as number) /
          (results[`${key}.bare_median_ms`] as number),
      )
    results[`${key}.full_vs_bare`] = ratio('full')
    results[`${key}.noSimilarity_vs_bare`] = ratio('noSimilarity')
    results[`${key}.peers_median_ms`] = Math.round(percentile(measured.peers, 50))
    results[`${key}.peers_p95_ms`] = Math.round(percentile(measured.peers, 95))
    results[`${key}.listed`] = measured.listed
    results[`${key}.rss_peak_mb`] = measured.rssMb
    results[`${key}.heap_after_gc_mb`] = measured.heapMb
    results[`${key}.load_avg_before`] = loadBefore
    results[`${key}.load_avg_after`] = load()
    console.log(
      `${key}: full ${results[`${key}.full_median_ms`]}/${results[`${key}.full_p95_ms`]} ms ` +
        `(${results[`${key}.full_writes`]} writes), no similarity ` +
        `${results[`${key}.noSimilarity_median_ms`]}, bare ${results[`${key}.bare_median_ms`]}/` +
        `${results[`${key}.bare_p95_ms`]} ms (${results[`${key}.bare_writes`]} writes); ` +
        `full/bare ${results[`${key}.full_vs_bare`]}; peers updated after ` +
        `${results[`${key}.peers_median_ms`]}/${results[`${key}.peers_p95_ms`]} ms; ` +
        `peak RSS ${measured.rssMb} MB (heap after GC ${measured.heapMb} MB); load ` +
        `${loadBefore.join(' ')} → ${(results[`${key}.load_avg_after`] as number[]).join(' ')}`,
    )
  }
  try {
    for (const size of sizes) {
      // Interleaved: each size on every adapter before the next size.
      for (const target of targets) {
        const adapter = targetLabel(target)
        const setup = await prepare(target, size, archiveSize, template)
        const key = `${adapter}.n${size}`
        results[`${key}.fill_s`] = round1(setup.fillSeconds)
        results[`${key}.index_s`] = round1(setup.indexSeconds)
        console.log(
          `${key}: fill ${results[`${key}.fill_s`]} s, index ${results[`${key}.index_s`]} s`,
        )
        const hasTransactions = adapter === 'postgres'
        const loadBefore = load()
        const args = { file: target, hasTransactions, setup, label: key, archiveSize }
        record(key, await measureInChild(args), loadBefore)
      }
    }
    // Read last: another run (other sizes) may have finished meanwhile.
    const figures = { ...previousFigures(), ...results }
    // From the figures as stored: each size can be measured in a run of its own (its own fill).
    for (const adapter of ['sqlite', 'postgres']) {
      const median = (size: number) => figures[`${adapter}.n${size}.full_median_ms`] as number
      if (median(10_000) && median(100_000)) {
        figures[`${adapter}.n100000_vs_n10000.full`] = round2(median(100_000) / median(10_000))
      }
    }
    return figures
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
