import type { CollectionBeforeValidateHook, Field } from 'payload'
import { APIError } from 'payload'

import { collectNamedFields } from './rejectUnknownFields'

// Dates are left out: the Local API may pass Date objects, and Payload validates date strings itself.
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])

/** What a value of `field` must be, or null when Payload checks it well enough itself. */
function expectedType(field: Field): 'boolean' | 'number' | 'text' | null {
  if (TEXT_TYPES.has(field.type)) return 'text'
  if (field.type === 'number') return 'number'
  if (field.type === 'checkbox') return 'boolean'
  return null
}

const kindOf = (value: unknown) =>
  Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`

function isOfType(value: unknown, type: 'boolean' | 'number' | 'text'): boolean {
  if (type === 'text') return typeof value === 'string'
  if (type === 'number') return typeof value === 'number' && !Number.isNaN(value)
  return typeof value === 'boolean'
}

/** Where `data` holds values its fields cannot store, as "'path' should be …, not …" phrases. */
export function findWrongTypes(data: unknown, fields: Field[], path = ''): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const known = new Map<string, Field>()
  collectNamedFields(fields, known)
  const wrong: string[] = []
  for (const [key, value] of Object.entries(data)) {
    const field = known.get(key)
    if (!field || value === null || value === undefined) continue
    const at = `${path}${key}`
    if ((field.type === 'group' || field.type === 'array') && 'fields' in field) {
      const isGroup = field.type === 'group'
      const isShapeRight = isGroup
        ? typeof value === 'object' && !Array.isArray(value)
        : Array.isArray(value)
      if (!isShapeRight) wrong.push(`'${at}' should be ${isGroup ? 'an object' : 'a list'}`)
      else if (isGroup) wrong.push(...findWrongTypes(value, field.fields, `${at}.`))
      else
        value.forEach((row: unknown, i: number) =>
          wrong.push(...findWrongTypes(row, field.fields, `${at}.${i}.`)),
        )
      continue
    }
    const type = expectedType(field)
    if (!type) continue
    const isMany = 'hasMany' in field && field.hasMany === true
    const values: unknown[] = isMany && Array.isArray(value) ? value : [value]
    const bad = values.find((item) => !isOfType(item, type))
    if ((isMany && !Array.isArray(value)) || bad !== undefined) {
      const single = type === 'text' ? 'text' : `a ${type}`
      const expected = isMany ? `a list of ${type} values` : single
      wrong.push(`'${at}' should be ${expected}, not ${kindOf(isMany ? value : bad)}`)
    }
  }
  return wrong
}

/**
 * Payload's text validators do not check types: an object sent as a comment body reaches the database
 * and fails there with a 500, and one sent as a title is stored as the text `{"en":"…"}`. Refuse such
 * writes with a 400 that names the fields. Runs after Payload's own coercions ("3" → 3).
 */
export const rejectWrongTypes: CollectionBeforeValidateHook = ({ collection, data }) => {
  const wrong = findWrongTypes(data, collection.fields)
  if (wrong.length > 0)
    throw new APIError(`Wrong type in ${collection.slug}: ${wrong.join('; ')}.`, 400)
  return data
}
