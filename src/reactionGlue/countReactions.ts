import DataLoader from 'dataloader'
import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'

export type ReactionCounts = Record<string, number>

type Row = { reaction: string | null; n: number | string }
type ArticleRow = Row & { article: number | string | null }
type DrizzleTable = Record<string, unknown>
type DrizzleLike = {
  select: (fields: Record<string, unknown>) => {
    from: (table: DrizzleTable) => {
      where: (condition: unknown) => {
        groupBy: (...columns: unknown[]) => Promise<ArticleRow[]>
      }
    }
  }
}
type SqlAdapter = {
  name: string
  drizzle: DrizzleLike
  tables: Record<string, DrizzleTable>
  tableNameMap?: Map<string, string>
  sessions?: Record<string, { db?: DrizzleLike }>
}

/** Every configured kind, zero unless counted: a frontend renders the whole bar from it. */
export function zeroCounts(kinds: readonly string[]): ReactionCounts {
  return Object.fromEntries(kinds.map((kind) => [kind, 0]))
}

/** Folds grouped rows into the counts of the configured kinds (a retired kind is left out). */
export function foldCounts(kinds: readonly string[], rows: Row[]): ReactionCounts {
  const counts = zeroCounts(kinds)
  for (const row of rows) {
    if (row.reaction !== null && row.reaction in counts) counts[row.reaction] = Number(row.n)
  }
  return counts
}

/**
 * Articles' reaction counts, counted from the reactions table when they are read: one grouped,
 * indexed query (`article_id, reaction`) for all of them on SQLite and PostgreSQL, a count per
 * article and kind on MongoDB. Nothing is stored, so no two writers can race on a counter: the
 * unique (article, reader) index keeps one row per reader, and the count is whatever rows exist
 * when it is read.
 */
export async function countReactionsOf(
  req: PayloadRequest,
  articleIds: (number | string)[],
): Promise<Map<string, ReactionCounts>> {
  const { slugs, reactions } = getOptions(req)
  const db = req.payload.db as unknown as SqlAdapter
  const result = new Map<string, ReactionCounts>()
  if (db.name === 'sqlite' || db.name === 'postgres') {
    const drizzleOrm =
      db.name === 'postgres'
        ? await import('@payloadcms/db-postgres/drizzle')
        : await import('@payloadcms/db-sqlite/drizzle')
    const name = slugs.reactions.replace(/-/g, '_')
    const table = db.tables[db.tableNameMap?.get(name) ?? name]
    const transactionID = await req.transactionID
    const session = transactionID === undefined ? undefined : db.sessions?.[String(transactionID)]
    const drizzle = session?.db ?? db.drizzle
    const rows = await drizzle
      .select({ article: table.article, reaction: table.reaction, n: drizzleOrm.count() })
      .from(table)
      .where(drizzleOrm.inArray(table.article as never, articleIds))
      .groupBy(table.article, table.reaction)
    for (const id of articleIds) {
      const own = rows.filter((row) => String(row.article) === String(id))
      result.set(String(id), foldCounts(reactions.kinds, own))
    }
    return result
  }
  for (const articleId of articleIds) {
    const counts = zeroCounts(reactions.kinds)
    for (const kind of reactions.kinds) {
      const { totalDocs } = await req.payload.count({
        collection: slugs.reactions,
        where: { and: [{ article: { equals: articleId } }, { reaction: { equals: kind } }] },
        req,
      })
      counts[kind] = totalDocs
    }
    result.set(String(articleId), counts)
  }
  return result
}

const loaders = new WeakMap<PayloadRequest, DataLoader<number | string, ReactionCounts, string>>()

/**
 * One article's counts; the articles of one read (a page of 10) ask together and share one query.
 * Batches only, never caches: a request that reacts and then reads must see its reaction.
 */
export function countReactions(req: PayloadRequest, articleId: number | string) {
  let loader = loaders.get(req)
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const counts = await countReactionsOf(req, [...ids])
        return ids.map((id) => counts.get(String(id))!)
      },
      // setImmediate: every document's field hooks of one read reach here before the batch runs.
      { cache: false, batchScheduleFn: (run) => setImmediate(run) },
    )
    loaders.set(req, loader)
  }
  return loader.load(articleId)
}
