import { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
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
import { SQLITE_WAL } from '../src/db'
import { addReadIndexes } from '../src/delivery/readIndexes'
import { richText } from '../src/seed/lexical'
import type { SimilarityDoc } from '../src/similarity'
import type { LiveArticle } from '../src/similarityGlue/indexArticle'
import { generateSyntheticArticles } from './syntheticArticles'

// Database side of the publish benchmark (`similarityPublish.ts`): the app's configuration on a
// SQLite file, a write counter, and the synthetic archive written as an import would write it.

export type Id = number | string

const SEED = 20_240_501
const FILL_BATCH = 1_000

const slugTitle = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')

/** Paragraphs of six sentences, as an editor would write them. */
export function body(text: string) {
  const sentences = text.split(/(?<=\.) /)
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(' '))
  return richText(...paragraphs)
}

let instances = 0

/** Logs each SQL statement the adapter runs (drizzle's logger), for the query-plan report. */
export type QueryLogger = { logQuery: (query: string, params: unknown[]) => void }

/** Where a benchmark's database is: a SQLite file, or a PostgreSQL URL and schema. */
export type BenchTarget = { file: string } | { url: string; schema: string }

/** A SQLite file, or `postgres://…#schema` (the delivery benchmark's PostgreSQL runs). */
function parseTarget(target: string): BenchTarget {
  if (!/^postgres(ql)?:\/\//.test(target)) return { file: target }
  const [url, schema] = target.split('#')
  return { url: url!, schema: schema || 'public' }
}

export const targetLabel = (target: BenchTarget) => ('file' in target ? 'sqlite' : 'postgres')

/**
 * The demo app's configuration on `target`. On SQLite, measurements use the app's adapter settings
 * (`src/db.ts`: WAL, the read indexes, and no transactions, so each write is committed on its
 * own); filling may enable transactions to commit a thousand rows at a time. PostgreSQL runs as the
 * app runs it: transactions on, the read indexes. `cron` starts the server's job runner.
 */
export async function openPayload(
  target: BenchTarget | string,
  hasTransactions: boolean,
  extra: { logger?: QueryLogger; cron?: boolean } = {},
): Promise<Payload> {
  const where = typeof target === 'string' ? parseTarget(target) : target
  const db =
    'file' in where
      ? sqliteAdapter({
          client: { url: `file:${where.file}` },
          push: true,
          wal: SQLITE_WAL,
          afterSchemaInit: [addReadIndexes(index)],
          logger: extra.logger,
          ...(hasTransactions ? { transactionOptions: {} } : {}),
        })
      : postgresAdapter({
          pool: { connectionString: where.url },
          schemaName: where.schema,
          push: true,
          afterSchemaInit: [addReadIndexes(pgIndex)],
          logger: extra.logger,
        })
  const config = await buildConfig({
    secret: 'similarity-publish-bench',
    db,
    editor: lexicalEditor(),
    typescript: { autoGenerate: false },
    telemetry: false,
    plugins: [showrunner({ jobsCron: extra.cron ? undefined : false })],
  })
  return getPayload({
    config,
    key: `similarity-publish-bench-${++instances}`,
    ...(extra.cron ? { cron: true } : {}),
  })
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
export function countWrites(payload: Payload) {
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
export function catalog(payload: Payload, req: PayloadRequest) {
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

/** The article row of a synthetic article, published as an import would write it. */
async function articleRow(doc: SimilarityDoc, entities: Catalog, authorId: Id) {
  return {
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
  }
}

type Catalog = ReturnType<typeof catalog>

/** Adds live synthetic articles (without hooks, like an import) until there are `size`. */
export async function fill(payload: Payload, authorId: Id, size: number, archiveSize: number) {
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
      const data = await articleRow(doc, entities, authorId)
      await payload.db.create({ collection: 'articles', data, req, returning: false })
    }
    await commitTransaction(req)
    count += chunk.length
    process.stderr.write(`\r  filled ${count}/${size}`)
  }
  process.stderr.write('\n')
  return entities
}

/**
 * The synthetic archive as the index rebuild reads it, regenerated rather than read back: Payload
 * reads an article's `tags` (a hasMany text field) through a table with no index on its parent,
 * so reading 100k articles back scans that table 100k times.
 */
export async function archivePages(
  payload: Payload,
  entities: Catalog,
  size: number,
  archiveSize: number,
) {
  const { docs } = await payload.db.find({
    collection: 'articles',
    where: { slug: { like: 'syn-' } },
    select: { slug: true },
    limit: 0,
    pagination: false,
  })
  const idBySlug = new Map(docs.map((doc) => [String((doc as { slug?: string }).slug), doc.id]))
  return async function* (): AsyncGenerator<LiveArticle[]> {
    for (let offset = 0; offset < size; offset += FILL_BATCH) {
      const chunk = generateSyntheticArticles(Math.min(FILL_BATCH, size - offset), SEED, {
        offset,
        archiveSize,
      })
      const page: LiveArticle[] = []
      for (const doc of chunk) {
        const id = idBySlug.get(doc.id)
        if (id !== undefined) page.push({ id, ...(await articleRow(doc, entities, 0)) })
      }
      yield page
    }
  }
}
