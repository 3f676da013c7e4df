/**
 * Indexes for the lookups Payload's generated read queries make, added to the drizzle schema
 * (`afterSchemaInit` of the SQLite and PostgreSQL adapters) so that both the development push and
 * `payload migrate:create` see them. Chosen by table shape, so they follow renamed collections:
 *
 * - every hasMany text/number table (`<collection>_texts`, `_numbers`): `(parent_id, path, order)`.
 *   Payload reads a hasMany field (`tags`, `aliases`, `characters`) with a correlated subquery per
 *   row (`where parent_id = ? and path = ?` ordered by `order`), and filters by it with
 *   `text = ?` joined on `path LIKE ?`; the adapter's own index is `(order, parent_id)`, which
 *   serves neither, so each row scanned the whole table: `(text, path, parent_id)` covers the
 *   filter. The value leads: `LIKE` cannot seek an index (SQLite's is case-insensitive, and
 *   PostgreSQL's only under the C collation).
 * - every table with drafts (`_status`) and a `published_at`, `created_at` or `updated_at`: `(_status, <date>)`, so
 *   the public list (`_status = 'published'`, newest first) reads the first rows of an index
 *   instead of sorting every published row.
 * - every `_rels` table: `(<target>_id, path, parent_id)` for each relationship column, so
 *   "articles about drama X" (`where[dramas][equals]`, and `where[dramas.slug][equals]` once
 *   `resolveRelationKeyFilters` has made it an id) starts from that drama's rows.
 * - every array table of a single value (a set of keys, as the similarity postings): `(<value>,
 *   _parent_id)`. Payload filters a parent by such a value with a join ordered by the parent's id;
 *   with the parent id in the index, "the newest 50 filed under K" reads 50 index entries backwards
 *   instead of every row filed under K (PostgreSQL 100k: 40 ms, most of it parallel workers
 *   starting, to 0.3 ms).
 */
export type IndexSpec = { name: string; columns: string[] }

const HAS_MANY_SUFFIXES = ['_texts', '_numbers']
/** Columns Payload adds to every array table (`_uuid` in versions, `_locale` when localized). */
const ARRAY_META_COLUMNS = new Set(['id', '_order', '_parent_id', '_uuid', '_locale'])
const DATE_COLUMNS = ['published_at', 'created_at', 'updated_at']

/** The indexes to add to `table`, from its name and its columns' database names. */
export function readIndexesFor(table: string, columns: string[]): IndexSpec[] {
  const has = new Set(columns)
  const specs: IndexSpec[] = []
  if (HAS_MANY_SUFFIXES.some((suffix) => table.endsWith(suffix)) && has.has('parent_id')) {
    specs.push({ name: `${table}_parent_path_order_idx`, columns: ['parent_id', 'path', 'order'] })
    const value = has.has('text') ? 'text' : has.has('number') ? 'number' : null
    if (value) {
      specs.push({ name: `${table}_${value}_path_idx`, columns: [value, 'path', 'parent_id'] })
    }
  }
  if (has.has('_status')) {
    for (const date of DATE_COLUMNS.filter((column) => has.has(column))) {
      specs.push({ name: `${table}_status_${date}_idx`, columns: ['_status', date] })
    }
  }
  if (has.has('_parent_id') && has.has('_order') && !has.has('_path')) {
    const values = columns.filter((column) => !ARRAY_META_COLUMNS.has(column))
    if (values.length === 1) {
      const value = values[0]!
      specs.push({ name: `${table}_${value}_parent_idx`, columns: [value, '_parent_id'] })
    }
  }
  // Payload's own tables (preferences, locked documents) are looked up by document, not listed.
  if (table.endsWith('_rels') && !table.startsWith('payload_') && has.has('path')) {
    for (const target of columns.filter(
      (column) => column.endsWith('_id') && column !== 'parent_id',
    )) {
      specs.push({ name: `${table}_${target}_path_idx`, columns: [target, 'path', 'parent_id'] })
    }
  }
  return specs
}

type Column = { name: string }
type Table = Record<string, unknown>
type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }
type SchemaHookArgs<S> = {
  schema: S & { tables: Record<string, Table> }
  extendTable: (args: {
    table: never
    extraConfig: (self: Record<string, unknown>) => object
  }) => void
}

const isColumn = (value: unknown): value is Column =>
  typeof value === 'object' && value !== null && 'columnType' in value && 'name' in value

/**
 * An `afterSchemaInit` hook adding `readIndexesFor` to every table, with the adapter's own
 * `index` builder (`drizzle/sqlite-core` or `drizzle/pg-core`).
 */
export function addReadIndexes(index: IndexBuilder) {
  return <S>({ schema, extendTable }: SchemaHookArgs<S>) => {
    for (const [tableName, table] of Object.entries(schema.tables)) {
      const byDbName = new Map<string, string>()
      for (const [key, value] of Object.entries(table)) {
        if (isColumn(value)) byDbName.set(value.name, key)
      }
      const specs = readIndexesFor(tableName, [...byDbName.keys()])
      if (specs.length === 0) continue
      extendTable({
        table: table as never,
        extraConfig: (self) =>
          Object.fromEntries(
            specs.map((spec) => [
              spec.name,
              index(spec.name).on(
                ...(spec.columns.map((column) => self[byDbName.get(column)!]) as never[]),
              ),
            ]),
          ),
      })
    }
    return schema
  }
}
