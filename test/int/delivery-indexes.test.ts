import type { Payload } from 'payload'

import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

type Catalogue = Array<{ table: string; name: string; definition: string }>

/** The database's own list of indexes (SQLite `sqlite_master`, PostgreSQL `pg_indexes`). */
async function indexes(): Promise<Catalogue> {
  const db = payload.db as unknown as {
    name: string
    client?: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }
    pool?: {
      query: (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
    }
    schemaName?: string
  }
  if (db.name === 'sqlite') {
    const { rows } = await db.client!.execute(
      "select tbl_name, name, sql from sqlite_master where type = 'index' and sql is not null",
    )
    return rows.map((row) => ({
      table: String(row.tbl_name),
      name: String(row.name),
      definition: String(row.sql).replace(/[`"]/g, ''),
    }))
  }
  const { rows } = await db.pool!.query(
    'select tablename, indexname, indexdef from pg_indexes where schemaname = $1',
    [db.schemaName || 'public'],
  )
  return rows.map((row) => ({
    table: String(row.tablename),
    name: String(row.indexname),
    definition: String(row.indexdef).replace(/"/g, ''),
  }))
}

const columnsOf = (definition: string) =>
  (/\(([^)]*)\)\s*$/.exec(definition)?.[1] ?? '')
    .split(',')
    .map((column) => column.trim().replace(/\s+(asc|desc)$/i, ''))

const HAS_MANY_TEXT_TABLES = [
  'articles_texts',
  '_articles_v_texts',
  'dramas_texts',
  'scenes_texts',
  'comments_texts',
]

it('every hasMany text table is indexed by parent (for reads) and by value (for filters)', async () => {
  // MongoDB keeps hasMany values inside the document: there are no such tables.
  if (payload.db.name === 'mongoose') return
  const all = await indexes()
  for (const table of HAS_MANY_TEXT_TABLES) {
    const own = all
      .filter((index) => index.table === table)
      .map((index) => columnsOf(index.definition))
    expect({ table, own }).toEqual({
      table,
      own: expect.arrayContaining([
        ['parent_id', 'path', 'order'],
        ['text', 'path', 'parent_id'],
      ]),
    })
  }
})

it('the public list and its filters have their indexes', async () => {
  if (payload.db.name === 'mongoose') return
  const all = await indexes()
  const columns = (table: string) =>
    all.filter((index) => index.table === table).map((index) => columnsOf(index.definition))
  expect(columns('articles')).toEqual(
    expect.arrayContaining([
      ['_status', 'published_at'],
      ['_status', 'created_at'],
    ]),
  )
  expect(columns('articles_rels')).toEqual(
    expect.arrayContaining([
      ['dramas_id', 'path', 'parent_id'],
      ['people_id', 'path', 'parent_id'],
    ]),
  )
  // The similar-articles lookup: "the newest articles filed under a key".
  expect(columns('similarity_postings_postings')).toEqual(
    expect.arrayContaining([['key', '_parent_id']]),
  )
})

it('PostgreSQL connections carry the statement time limit', async () => {
  if (payload.db.name !== 'postgres') return
  const { rows } = await (
    payload.db as unknown as {
      pool: { query: (sql: string) => Promise<{ rows: Array<{ statement_timeout: string }> }> }
    }
  ).pool.query('show statement_timeout')
  expect(rows[0]!.statement_timeout).toBe('15s')
})
