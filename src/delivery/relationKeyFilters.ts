/**
 * Filters through a relationship to a unique key of the related document (`where[dramas.slug]
 * [equals]=crown-ocean`, a frontend's "articles about this drama"), found in a `where` tree and
 * replaced by the related ids (`dramas in [7]`) once they are looked up.
 *
 * Why: Payload's SQL for such a path LEFT JOINs the relation rows, then the related table, and
 * filters on the related key. SQLite keeps a LEFT JOIN's order, so it visited every published
 * article to find the few about one drama (100k articles: 100 ms for the count alone). Filtered by
 * id, the relation rows are read from their index (under 1 ms). Pure: no Payload imports.
 */

/** The related collection and unique field a `<relation>.<field>` path reads. */
export type RelationKey = { relation: string; collection: string; field: string }

/** One filter to resolve: the related documents whose `field` is one of `values`. */
export type RelationKeyLookup = RelationKey & { values: string[] }

/** More values than this are left to Payload's own query (one lookup stays small). */
export const MAX_LOOKUP_VALUES = 100

type Condition = Record<string, unknown>
type WhereTree = Record<string, unknown>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The values of an `equals` or `in` condition (REST sends `in` as a comma-separated string). */
function valuesOf(condition: Condition): string[] | null {
  const operators = Object.keys(condition)
  if (operators.length !== 1) return null
  const value = condition[operators[0]!]
  if (operators[0] === 'equals') {
    return typeof value === 'string' || typeof value === 'number' ? [String(value)] : null
  }
  if (operators[0] !== 'in') return null
  const list = typeof value === 'string' ? value.split(',') : value
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_LOOKUP_VALUES) return null
  if (!list.every((item) => typeof item === 'string' || typeof item === 'number')) return null
  return list.map(String)
}

/** A stable name for a lookup, to find its ids again. */
export const lookupKey = (lookup: RelationKeyLookup): string =>
  [lookup.relation, lookup.field, ...lookup.values].join('\u0000')

function visit(
  where: WhereTree,
  keyOf: (path: string) => RelationKey | null,
  replace: (lookup: RelationKeyLookup) => WhereTree | null,
): WhereTree {
  const out: WhereTree = {}
  const added: WhereTree[] = []
  for (const [path, condition] of Object.entries(where)) {
    if ((path === 'and' || path === 'or') && Array.isArray(condition)) {
      out[path] = condition.map((child) => (isObject(child) ? visit(child, keyOf, replace) : child))
      continue
    }
    const key = keyOf(path)
    const values = key && isObject(condition) ? valuesOf(condition) : null
    const replacement = key && values ? replace({ ...key, values }) : null
    if (replacement) added.push(replacement)
    else out[path] = condition
  }
  if (added.length === 0) return out
  const existing = Array.isArray(out.and) ? (out.and as unknown[]) : []
  return { ...out, and: [...existing, ...added] }
}

/** Every filter of `where` that `rewriteRelationKeyFilters` can replace. */
export function relationKeyLookups(
  where: WhereTree,
  keyOf: (path: string) => RelationKey | null,
): RelationKeyLookup[] {
  const lookups: RelationKeyLookup[] = []
  visit(where, keyOf, (lookup) => {
    lookups.push(lookup)
    return null
  })
  return lookups
}

/**
 * `where` with each such filter replaced by `<relation> in <ids>`, the ids `idsOf` found for it
 * (none: a filter that matches nothing). Filters `idsOf` has no answer for (undefined) stay.
 */
export function rewriteRelationKeyFilters(
  where: WhereTree,
  keyOf: (path: string) => RelationKey | null,
  idsOf: (lookup: RelationKeyLookup) => Array<number | string> | undefined,
): WhereTree {
  return visit(where, keyOf, (lookup) => {
    const ids = idsOf(lookup)
    if (!ids) return null
    if (ids.length === 0) return { id: { exists: false } }
    // One id as `equals`: Payload writes `in` with each id twice (number and string forms), which
    // SQLite's planner, without statistics, takes for twice the rows and starts elsewhere.
    return { [lookup.relation]: ids.length === 1 ? { equals: ids[0] } : { in: ids } }
  })
}
