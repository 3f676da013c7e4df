import type { Payload, CollectionSlug } from 'payload'

import type { FieldsOf } from './checkWhere'
import type { IdRules } from './idRules'

const INT32_MAX = 2_147_483_647

/** How this database spells ids: integers on SQL adapters (32-bit on PostgreSQL), text elsewhere. */
export function idRulesOf(payload: Payload): IdRules {
  const isNumeric = payload.db.defaultIDType === 'number'
  return { isNumeric, max: payload.db.name === 'postgres' ? INT32_MAX : Number.MAX_SAFE_INTEGER }
}

/** A lookup of any collection's flattened fields, for paths that cross a relationship. */
export function fieldsOfCollections(payload: Payload): FieldsOf {
  return (slug) => payload.collections[slug as CollectionSlug]?.config.flattenedFields
}
