import type { CollectionBeforeValidateHook, Field } from 'payload'
import { APIError } from 'payload'

// Sent by Payload itself (admin forms, auth, drafts), or added by it to the documents it returns
// (`collection` and `_strategy` on accounts), rather than a field of the schema.
const SYSTEM_KEYS = new Set([
  'id',
  '_status',
  'password',
  'confirm-password',
  'createdAt',
  'updatedAt',
  'collection',
  '_strategy',
])

/** Top-level data keys (and keys of groups and array rows) that name no field of the schema. */
export function findUnknownKeys(data: unknown, fields: Field[], path = ''): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const known = new Map<string, Field>()
  collectNamedFields(fields, known)
  const unknown: string[] = []
  for (const [key, value] of Object.entries(data)) {
    const field = known.get(key)
    if (!field) {
      if (!SYSTEM_KEYS.has(key) || path) unknown.push(`${path}${key}`)
      continue
    }
    if (field.type === 'group' && 'fields' in field) {
      unknown.push(...findUnknownKeys(value, field.fields, `${path}${key}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const { id: _id, ...rest } = (row ?? {}) as Record<string, unknown>
        unknown.push(...findUnknownKeys(rest, field.fields, `${path}${key}.${index}.`))
      })
    }
  }
  return unknown
}

/** The data-carrying fields of `fields` by name, looking through rows, collapsibles and unnamed tabs. */
export function collectNamedFields(fields: Field[], into: Map<string, Field>): void {
  for (const field of fields) {
    if ('name' in field && field.name) {
      into.set(field.name, field)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) into.set(tab.name, { ...tab, type: 'group' } as Field)
        else collectNamedFields(tab.fields, into)
      }
    } else if ('fields' in field) {
      collectNamedFields(field.fields, into)
    }
  }
}

/**
 * Payload silently drops keys it does not know, so a typo in a client ("titel") would save nothing and
 * report success. Refuse such writes with a 400 that names the keys.
 */
export const rejectUnknownFields: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (!data || req.context.allowUnknownFields) return data
  const unknown = findUnknownKeys(data, collection.fields)
  if (unknown.length > 0) {
    const list = unknown.map((key) => `'${key}'`).join(', ')
    throw new APIError(
      `Unknown field${unknown.length > 1 ? 's' : ''} ${list} in ${collection.slug}.`,
      400,
    )
  }
  return data
}
