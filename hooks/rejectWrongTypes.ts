import type { CollectionBeforeValidateHook, Field } from 'payload'
import { APIError } from 'payload'

import { collectNamedFields } from './rejectUnknownFields'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])

type Expected = 'boolean' | 'date' | 'number' | 'text'

/** What a value of `field` must be, or null when Payload checks it well enough itself. */
function expectedType(field: Field): Expected | null {
  if (TEXT_TYPES.has(field.type)) return 'text'
  if (field.type === 'number') return 'number'
  if (field.type === 'checkbox') return 'boolean'
  if (field.type === 'date') return 'date'
  return null
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN'
  if (typeof value === 'string') return value.length > 40 ? 'that text' : `'${value}'`
  return `a ${typeof value}`
}

// Payload's date validator passes '' (it stores it, and every later read of the document fails).
const isDate = (value: unknown) =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : typeof value === 'string'
      ? value.trim() !== '' && !Number.isNaN(Date.parse(value))
      : typeof value === 'number' && Number.isFinite(value)

function isOfType(value: unknown, type: Expected): boolean {
  if (type === 'text') return typeof value === 'string'
  if (type === 'number') return typeof value === 'number' && !Number.isNaN(value)
  if (type === 'date') return isDate(value)
  return typeof value === 'boolean'
}

const SINGLE: Record<Expected, string> = {
  text: 'text',
  number: 'a number',
  boolean: 'a boolean',
  date: 'a date such as 2026-12-07T21:00:00Z',
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
      const expected = isMany ? `a list of ${type} values` : SINGLE[type]
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
