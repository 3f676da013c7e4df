import type { FlattenedField } from 'payload'

/** A value of `data` at a field, with its dotted path (`items.2.scene`). */
export type Visit = { field: FlattenedField; value: unknown; path: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Calls `visit` for every value in `data` that belongs to a field, descending into groups, named
 * tabs, array rows and blocks. Keys without a field are skipped (another hook refuses them).
 */
export function walkData(
  data: unknown,
  fields: FlattenedField[],
  visit: (v: Visit) => void,
  prefix = '',
) {
  if (!isObject(data)) return
  for (const field of fields) {
    if (!('name' in field) || !Object.hasOwn(data, field.name)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    visit({ field, value, path })
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
      walkData(value, field.flattenedFields, visit, `${path}.`)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => walkData(row, field.flattenedFields, visit, `${path}.${i}.`))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const slug = isObject(row) ? row.blockType : undefined
        const block = field.blocks.find((b) => b.slug === slug) as
          { flattenedFields?: FlattenedField[] } | undefined
        if (block?.flattenedFields) walkData(row, block.flattenedFields, visit, `${path}.${i}.`)
      })
    }
  }
}

/** The default cap on list values (hasMany fields, array rows, blocks) where a field sets no `maxRows`. */
export const DEFAULT_MAX_ROWS = 200

/** "'tags' has 20000 values; the limit is 200" for each list in `data` longer than its cap. */
export function findOversizedLists(data: unknown, fields: FlattenedField[]): string[] {
  const problems: string[] = []
  walkData(data, fields, ({ field, value, path }) => {
    if (!Array.isArray(value)) return
    const max =
      'maxRows' in field && typeof field.maxRows === 'number' ? field.maxRows : DEFAULT_MAX_ROWS
    if (value.length > max)
      problems.push(`'${path}' has ${value.length} values; the limit is ${max}`)
  })
  return problems
}

/** A reference to another document found in `data`. */
export type Reference = { path: string; collection: string; id: unknown }

/** Every relationship and upload value in `data`, one per referenced id. */
export function findReferences(data: unknown, fields: FlattenedField[]): Reference[] {
  const references: Reference[] = []
  walkData(data, fields, ({ field, value, path }) => {
    if (field.type !== 'relationship' && field.type !== 'upload') return
    if (value === null || value === undefined || value === '') return
    const values = Array.isArray(value) ? value : [value]
    values.forEach((item, i) => {
      const at = Array.isArray(value) ? `${path}.${i}` : path
      if (isObject(item) && typeof item.relationTo === 'string') {
        references.push({ path: at, collection: item.relationTo, id: item.value })
      } else if (typeof field.relationTo === 'string') {
        const id = isObject(item) && 'id' in item ? item.id : item
        references.push({ path: at, collection: field.relationTo, id })
      }
    })
  })
  return references
}
