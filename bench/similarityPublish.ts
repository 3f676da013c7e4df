import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Payload, PayloadRequest } from 'payload'
import {
  buildConfig,
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
} from 'payload'

import { showrunner } from '../src'
import { getOptionsFromConfig } from '../src/options'
import { richText } from '../src/seed/lexical'
import type { SimilarityDoc } from '../src/similarity'
import { rebuildSimilarIndex } from '../src/similarityGlue/rebuildIndex'
import { generateSyntheticArticles } from './syntheticArticles'

// Publish latency of one new 2,000-word article against a SQLite file holding N live synthetic
// articles (N = 1k, 10k, 100k by default; SIMILAR_BENCH_SIZES=1000,10000 to change), with the full
// plugin, with the plugin but similar articles skipped, and as a bare Payload save with the plugin
// switched off, interleaved round by round in the same process. Set SIMILAR_BENCH_DB to a file path
// to keep the filled database between runs (filling resumes from what is there).

type Id = number | string

const SEED = 20_240_501
const ROUNDS = 15
const WARMUP = 3
const FILL_BATCH = 1_000
// Lists of the filled articles are computed by the rebuild with fewer candidates than the engine's
// default (1,000), or filling 100k articles would take most of an hour on two cores.
const FILL_CANDIDATES = 200

const round1 = (value: number) => Math.round(value * 10) / 10
const round2 = (value: number) => Math.round(value * 100) / 100
const mb = (bytes: number) => Math.round(bytes / 2 ** 20)

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, rank)] ?? 0
}

/** Samples the resident set size, for the peak during a phase. */
function rssSampler() {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25)
  return {
    reset: () => (peak = process.memoryUsage().rss),
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  }
}

const slugTitle = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')

/** Paragraphs of six sentences, as an editor would write them. */
function body(text: string) {
  const sentences = text.split(/(?<=\.) /)
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(' '))
  return richText(...paragraphs)
}

let instances = 0

/**
 * The demo app's configuration on `file`. Measurements use the app's SQLite adapter settings
 * (`src/db.ts`: no transactions, so each write is committed on its own); filling may enable
 * transactions to commit a thousand rows at a time.
 */
async function openPayload(file: string, hasTransactions: boolean): Promise<Payload> {
  const config = await buildConfig({
    secret: 'similarity-publish-bench',
    db: sqliteAdapter({
      client: { url: `file:${file}` },
      push: true,
      ...(hasTransactions ? { transactionOptions: {} } : {}),
    }),
    editor: lexicalEditor(),
    typescript: { autoGenerate: false },
    telemetry: false,
    plugins: [showrunner({ jobsCron: false })],
  })
  return getPayload({ config, key: `similarity-publish-bench-${++instances}` })
}

const WRITES = [
  'create',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'createVersion',
  'updateVersion',
] as const

/** Counts the adapter's write calls (each one a commit, without transactions). */
function countWrites(payload: Payload) {
  let count = 0
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  for (const name of WRITES) {
    const original = db[name]!.bind(payload.db)
    db[name] = (...args: unknown[]) => {
      count += 1
      return original(...args)
    }
  }
  return { reset: () => (count = 0), count: () => count }
}

/** Drama and people ids by slug, created on first use (straight through the adapter). */
function catalog(payload: Payload, req: PayloadRequest) {
  const ids = { dramas: new Map<string, Id>(), people: new Map<string, Id>() }
  const ensure = async (kind: 'dramas' | 'people', slug: string) => {
    const known = ids[kind].get(slug)
    if (known !== undefined) return known
    const data =
      kind === 'dramas'
        ? { title: slugTitle(slug), slug, episodes: 16, status: 'finished' }
        : { name: slugTitle(slug), slug }
    const doc = await payload.db.create({ collection: kind, data, req, select: { id: true } })
    ids[kind].set(slug, doc.id)
    return doc.id
  }
  return {
    load: async () => {
      for (const kind of ['dramas', 'people'] as const) {
        const { docs } = await payload.db.find({
          collection: kind,
          select: { slug: true },
          limit: 0,
          pagination: false,
          req,
        })
        for (const doc of docs as Array<{ id: Id; slug?: string }>) {
          ids[kind].set(String(doc.slug), doc.id)
        }
      }
    },
    article: async (doc: SimilarityDoc) => {
      const links = { dramas: [] as Id[], people: [] as Id[] }
      for (const slug of doc.dramas) links.dramas.push(await ensure('dramas', slug))
      for (const slug of doc.people) links.people.push(await ensure('people', slug))
      return links
    },
  }
}

/** Adds live synthetic articles (without hooks, like an import) until there are `size`. */
async function fill(payload: Payload, authorId: Id, size: number, archiveSize: number) {
  const req = await createLocalReq({ context: { skipSimilarity: true } }, payload)
  const entities = catalog(payload, req)
  await entities.load()
  let count = (await payload.db.count({ collection: 'articles', req })).totalDocs
  while (count < size) {
    const chunk = generateSyntheticArticles(Math.min(FILL_BATCH, size - count), SEED, {
      offset: count,
      archiveSize,
    })
    await initTransaction(req)
    for (const doc of chunk) {
      await payload.db.create({
        collection: 'articles',
        data: {
          title: doc.title,
          slug: doc.id,
          format: doc.format,
          author: authorId,
          body: body(doc.body),
          ...(await entities.article(doc)),
          tags: doc.tags,
          publishedAt: doc.publishedAt,
          _status: 'published',
          stage: 'published',
          workflowSeq: 0,
          stageChangedAt: doc.publishedAt,
        },
        req,
        returning: false,
      })
    }
    await commitTransaction(req)
    count += chunk.length
    process.stderr.write(`\r  filled ${count}/${size}`)
  }
  process.stderr.write('\n')
  return entities
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

/** Fills to `size` and builds the index, with transactions on; returns the new article's links. */
async function prepare(file: string, size: number, archiveSize: number, template: SimilarityDoc) {
  const payload = await openPayload(file, true)
  try {
    const authorId = await ensureAuthor(payload)
    const fillStart = performance.now()
    const entities = await fill(payload, authorId, size, archiveSize)
    const fillSeconds = (performance.now() - fillStart) / 1000
    const rebuildStart = performance.now()
    const entries = (await payload.db.count({ collection: 'similarity-entries' })).totalDocs
    if (entries !== size) {
      await rebuildSimilarIndex({
        payload,
        maxCandidates: FILL_CANDIDATES,
        onProgress: ({ phase, done, total }) =>
          process.stderr.write(`\r  rebuild: ${phase} ${done}/${total}   `),
      })
      process.stderr.write('\n')
    }
    const rebuildSeconds = (performance.now() - rebuildStart) / 1000
    const links = await entities.article(template)
    return { authorId, links, fillSeconds, rebuildSeconds }
  } finally {
    await payload.destroy()
  }
}

type Setup = Awaited<ReturnType<typeof prepare>>
type Measured = Record<Mode, { samples: number[]; writes: number[] }> & { listed: number }

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
  }
  try {
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const mode of MODES) {
        options.isEnabled = mode !== 'bare'
        const context = mode === 'noSimilarity' ? { skipSimilarity: true } : {}
        const draft = await payload.create({
          collection: 'articles',
          data: {
            title: `${template.title} (${label}, ${mode}, ${round})`,
            format: template.format,
            author: setup.authorId,
            body: body(template.body),
            ...setup.links,
            tags: template.tags,
          },
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
  return measured
}

/**
 * See the top of this file. Figures per N (`n10000.…`): median and p95 of the publish (ms) in each
 * mode, the ratios full/bare (target ≤ 1.5 at 10k) and noSimilarity/bare, and database writes per
 * publish, with the app's SQLite settings (each write committed on its own); the same with SQLite
 * transactions on (`n10000.tx.…`: one commit per request); the 100k/10k ratio of the full publish
 * (target ≤ 3); fill and rebuild times, and peak RSS (MB) while measuring and for the process.
 */
export async function benchSimilarityPublish(): Promise<Record<string, number>> {
  const sizes = (process.env.SIMILAR_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
  const archiveSize = Math.max(...sizes)
  const keep = process.env.SIMILAR_BENCH_DB
  const file = keep ? path.resolve(keep) : path.join(os.tmpdir(), `similar-bench-${process.pid}.db`)
  const rss = rssSampler()
  const results: Record<string, number> = {}
  const [template] = generateSyntheticArticles(1, 99, {
    bodyWords: 2_000,
    idPrefix: 'bench-new-',
    archiveSize,
  })
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
    console.log(
      `${key}: full ${results[`${key}.full_median_ms`]}/${results[`${key}.full_p95_ms`]} ms ` +
        `(${results[`${key}.full_writes`]} writes), no similarity ` +
        `${results[`${key}.noSimilarity_median_ms`]}, bare ${results[`${key}.bare_median_ms`]}/` +
        `${results[`${key}.bare_p95_ms`]} ms (${results[`${key}.bare_writes`]} writes); ` +
        `full/bare ${results[`${key}.full_vs_bare`]}`,
    )
  }
  try {
    for (const size of sizes) {
      const setup = await prepare(file, size, archiveSize, template!)
      const key = `n${size}`
      results[`${key}.fill_s`] = round1(setup.fillSeconds)
      results[`${key}.rebuild_s`] = round1(setup.rebuildSeconds)
      rss.reset()
      record(key, await measure(file, false, setup, template!, key))
      record(`${key}.tx`, await measure(file, true, setup, template!, `${key}.tx`))
      results[`${key}.rss_peak_measuring_mb`] = mb(rss.peak())
      console.log(
        `${key}: fill ${results[`${key}.fill_s`]} s, rebuild ${results[`${key}.rebuild_s`]} s, ` +
          `peak RSS while measuring ${results[`${key}.rss_peak_measuring_mb`]} MB`,
      )
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
    results.rss_peak_process_mb = Math.round(process.resourceUsage().maxRSS / 1024)
    return results
  } finally {
    rss.stop()
    if (!keep) {
      for (const suffix of ['', '-journal', '-wal', '-shm']) {
        fs.rmSync(`${file}${suffix}`, { force: true })
      }
    }
  }
}
