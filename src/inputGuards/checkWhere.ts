import type { FlattenedField } from 'payload'

import type { IdRules } from './idRules'
import { isPrototypeKey, isValidId } from './idRules'

/** The flattened fields of another collection (to follow `author.name`), if it exists. */
export type FieldsOf = (collection: string) => FlattenedField[] | undefined

export type WhereContext = { fields: FlattenedField[]; fieldsOf: FieldsOf; ids: IdRules }

/** The most values an `in`/`not_in`/`all` list may carry (databases cap bound parameters). */
export const MAX_LIST_VALUES = 500
const MAX_CONDITIONS = 200
const MAX_NESTING = 12

type Kind = 'boolean' | 'date' | 'id' | 'number' | 'other' | 'point' | 'text'
type Target = { kind: Kind; isMany: boolean }

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const COMPARISONS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const PATTERN_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const KNOWN_OPERATORS = new Set([
  'equals',
  'not_equals',
  'exists',
  ...LIST_OPERATORS,
  ...COMPARISONS,
  ...PATTERN_OPERATORS,
  ...GEO_OPERATORS,
])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function kindOf(field: FlattenedField): Target {
  const isMany = 'hasMany' in field && field.hasMany === true
  if (field.type === 'relationship' || field.type === 'upload') {
    return { kind: typeof field.relationTo === 'string' ? 'id' : 'other', isMany }
  }
  if (TEXT_TYPES.has(field.type)) return { kind: 'text', isMany }
  if (field.type === 'number') return { kind: 'number', isMany }
  if (field.type === 'date') return { kind: 'date', isMany }
  if (field.type === 'checkbox') return { kind: 'boolean', isMany }
  if (field.type === 'point') return { kind: 'point', isMany }
  return { kind: 'other', isMany }
}

/**
 * What a dotted `where` path points at, following groups, arrays, named tabs and relationships
 * into other collections. `undefined` when it cannot tell (unknown paths are Payload's to refuse;
 * JSON, rich text and blocks take free-form paths).
 */
export function resolvePath(path: string, context: WhereContext): Target | undefined {
  let fields: FlattenedField[] | undefined = context.fields
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    if (!fields) return undefined
    const isLast = i === segments.length - 1
    if (segment === 'id' && !fields.some((f) => f.name === 'id')) {
      return isLast ? { kind: 'id', isMany: false } : undefined
    }
    const field = fields.find((f) => f.name === segment)
    // A versions query names `version.title`: step through the wrapper.
    if (!field) {
      if (segment === 'version' && i === 0) continue
      return undefined
    }
    if (isLast) return kindOf(field)
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo !== 'string') return undefined
      fields = context.fieldsOf(field.relationTo)
    } else if ('flattenedFields' in field) {
      fields = field.flattenedFields
      if (field.type === 'array' && /^\d+$/.test(segments[i + 1] ?? '')) i++
    } else {
      return undefined
    }
  }
  return undefined
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

function isValidValue(value: unknown, kind: Kind, ids: IdRules): boolean {
  if (!isScalar(value)) return false
  if (value === null || value === 'null' || value === '') return true
  if (kind === 'number') return Number.isFinite(Number(value)) && typeof value !== 'boolean'
  if (kind === 'date') {
    if (typeof value === 'boolean') return false
    const time = new Date(value as number | string).getTime()
    return Number.isFinite(time) && Math.abs(time) < 8.64e15 / 2
  }
  if (kind === 'id') return isValidId(typeof value === 'number' ? value : String(value), ids)
  if (kind === 'boolean') return ['true', 'false', true, false].includes(value as string)
  return true
}

const EXPECTED: Record<Kind, string> = {
  boolean: 'true or false',
  date: 'a date',
  id: 'a document id',
  number: 'a number',
  other: 'a value',
  point: 'a value',
  text: 'text',
}

function checkCondition(
  at: string,
  target: Target,
  operator: string,
  value: unknown,
  ids: IdRules,
): string | null {
  const { kind, isMany } = target
  const where = `${at}[${operator}]`
  if (kind === 'other') return null
  if (GEO_OPERATORS.has(operator) && kind !== 'point') {
    return `${where}: '${operator}' works only on point fields`
  }
  if (kind === 'point') return null
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(value as string)
      ? null
      : `${where} takes true or false`
  }
  if (PATTERN_OPERATORS.has(operator)) {
    const isTextLike = kind === 'text' || (operator === 'contains' && isMany)
    if (!isTextLike) return `${where}: '${operator}' works only on text fields`
  }
  if (LIST_OPERATORS.has(operator)) {
    const list =
      typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
    if (list.length > MAX_LIST_VALUES) {
      return `${where} lists ${list.length} values; the limit is ${MAX_LIST_VALUES}`
    }
    const bad = list.find((item) => !isValidValue(item, kind, ids))
    return bad === undefined ? null : `${where} should list ${EXPECTED[kind]} values`
  }
  const isListAllowed = operator === 'contains' && isMany
  if (Array.isArray(value) && isListAllowed) {
    return value.every((item) => isValidValue(item, kind, ids))
      ? null
      : `${where} should be ${EXPECTED[kind]}`
  }
  return isValidValue(value, kind, ids) ? null : `${where} should be ${EXPECTED[kind]}`
}

/**
 * What is wrong with a `where` query that Payload would pass to the database adapter and see fail
 * there (with a 500): an operator the field type has no SQL for (`near` on text, `like` on a
 * date), a value that is not of the field's type (a non-date in a date comparison, a slug as an
 * id), an object where a value belongs, lists longer than the database binds, prototype keys.
 * Unknown paths and operators are left to Payload, which names them in a 400.
 */
export function findWhereProblems(where: unknown, context: WhereContext): string[] {
  const problems: string[] = []
  let conditions = 0
  const visit = (node: unknown, at: string, depth: number) => {
    if (problems.length > 0) return
    if (!isObject(node)) {
      problems.push(`${at} should be an object of conditions`)
      return
    }
    if (depth > MAX_NESTING) {
      problems.push(`${at} nests deeper than ${MAX_NESTING} levels`)
      return
    }
    for (const [key, value] of Object.entries(node)) {
      if (isPrototypeKey(key)) {
        problems.push(`${at}[${key}] is not a field`)
        return
      }
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
        if (!items) {
          problems.push(`${at}[${key}] should be a list of conditions`)
          return
        }
        items.forEach((item, index) => visit(item, `${at}[${key}][${index}]`, depth + 1))
        continue
      }
      if (++conditions > MAX_CONDITIONS) {
        problems.push(`${at} has more than ${MAX_CONDITIONS} conditions`)
        return
      }
      const path = `${at}[${key}]`
      if (!isObject(value)) {
        problems.push(`${path} needs an operator, e.g. ${path}[equals]=…`)
        return
      }
      const target = resolvePath(key, context)
      for (const [operator, operand] of Object.entries(value)) {
        if (isPrototypeKey(operator)) {
          problems.push(`${path}[${operator}] is not an operator`)
          return
        }
        if (!target || !KNOWN_OPERATORS.has(operator)) continue
        const problem = checkCondition(path, target, operator, operand, context.ids)
        if (problem) {
          problems.push(problem)
          return
        }
      }
    }
  }
  visit(where, 'where', 0)
  return problems
}
