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

/**
 * Values Payload cannot take at all, as "'path' should be …, not …" phrases: null for a group or a
 * list of rows (its field hooks and the adapter read into them: a 500), and a list for a relationship
 * or upload that holds one document (the adapter tries to store the list as the id: a 500).
 */
export function findUnusableShapes(data: unknown, fields: FlattenedField[]): string[] {
  const problems: string[] = []
  walkData(data, fields, ({ field, value, path }) => {
    if (value !== null && !Array.isArray(value)) return
    if (value === null && (field.type === 'group' || field.type === 'tab')) {
      problems.push(`'${path}' should be an object, not null`)
    } else if (value === null && (field.type === 'array' || field.type === 'blocks')) {
      problems.push(`'${path}' should be a list, not null`)
    } else if (
      Array.isArray(value) &&
      (field.type === 'relationship' || field.type === 'upload') &&
      !field.hasMany
    ) {
      const target = typeof field.relationTo === 'string' ? ` in ${field.relationTo}` : ''
      problems.push(`'${path}' should be the id of one document${target}, not a list`)
    }
  })
  return problems
}
