import type { Config } from 'payload'

type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]
type Node = { [key: string]: unknown }

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** `{ type: 'number' }` or `{ type: ['number', 'null'] }` (an optional relationship): an id alone. */
const isIdOnly = (value: unknown): value is { type: string | string[] } => {
  if (!isNode(value) || Object.keys(value).length !== 1) return false
  const types = [value.type].flat()
  return (
    types.some((type) => type === 'number' || type === 'string') &&
    types.every((type) => type === 'number' || type === 'string' || type === 'null')
  )
}

const anyId = (option: {
  type: string | string[]
}): { type: Array<'null' | 'number' | 'string'> } => ({
  type: ['number', 'string', ...([option.type].flat().includes('null') ? ['null' as const] : [])],
})
const refersToCollection = (value: unknown, slugs: Set<string>) =>
  isNode(value) &&
  typeof value.$ref === 'string' &&
  slugs.has(value.$ref.replace('#/definitions/', ''))

/** Replaces, in place, the id alternative of every relationship (`id | Document`) under `node`. */
function widenRelationships(node: unknown, slugs: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((item) => widenRelationships(item, slugs))
  if (!isNode(node)) return
  const { oneOf } = node
  if (Array.isArray(oneOf) && oneOf.some((option) => refersToCollection(option, slugs))) {
    node.oneOf = oneOf.map((option) => (isIdOnly(option) ? anyId(option) : option))
  }
  Object.values(node).forEach((value) => widenRelationships(value, slugs))
}

/**
 * Ids are numbers on SQLite and PostgreSQL and strings on MongoDB (the production database), and
 * Payload types them for the adapter that generated the file. The project runs on all three, so the
 * committed types say `number | string` for every document id and relationship value.
 */
export const idsOfEveryAdapter: SchemaHook = ({ config, jsonSchema }) => {
  const slugs = new Set(config.collections.map((collection) => collection.slug))
  for (const slug of slugs) {
    const properties = jsonSchema.definitions?.[slug]?.properties
    if (isIdOnly(properties?.id)) properties.id = anyId(properties.id)
  }
  widenRelationships(jsonSchema.definitions, slugs)
  const db = jsonSchema.properties?.db?.properties
  if (db && isIdOnly(db.defaultIDType)) db.defaultIDType = anyId(db.defaultIDType)
  return jsonSchema
}
