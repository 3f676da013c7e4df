import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'

export type ReactionCounts = Record<string, number>

type Row = { reaction: string | null; n: number | string }
type DrizzleTable = Record<string, unknown>
type DrizzleLike = {
  select: (fields: Record<string, unknown>) => {
    from: (table: DrizzleTable) => {
      where: (condition: unknown) => { groupBy: (column: unknown) => Promise<Row[]> }
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
 * An article's reaction counts, counted from the reactions table when the article is read: one
 * grouped, indexed query (`article_id, reaction`) on SQLite and PostgreSQL, a count per kind on
 * MongoDB. Nothing is stored, so no two writers can race on a counter: the unique (article, reader)
 * index keeps one row per reader, and the count is whatever rows exist when it is read.
 */
export async function countReactions(
  req: PayloadRequest,
  articleId: number | string,
): Promise<ReactionCounts> {
  const { slugs, reactions } = getOptions(req)
  const db = req.payload.db as unknown as SqlAdapter
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
      .select({ reaction: table.reaction, n: drizzleOrm.count() })
      .from(table)
      .where(drizzleOrm.eq(table.article as never, articleId))
      .groupBy(table.reaction)
    return foldCounts(reactions.kinds, rows)
  }
  const counts = zeroCounts(reactions.kinds)
  for (const kind of reactions.kinds) {
    const { totalDocs } = await req.payload.count({
      collection: slugs.reactions,
      where: { and: [{ article: { equals: articleId } }, { reaction: { equals: kind } }] },
      req,
    })
    counts[kind] = totalDocs
  }
  return counts
}
