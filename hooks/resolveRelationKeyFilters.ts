import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  FlattenedField,
  PayloadRequest,
  Where,
} from 'payload'

import type { RelationKey, RelationKeyLookup } from '../src/delivery/relationKeyFilters'
import {
  lookupKey,
  relationKeyLookups,
  rewriteRelationKeyFilters,
} from '../src/delivery/relationKeyFilters'
import { getOptions } from '../src/options'

/**
 * Before a read, a filter through a relationship to a unique text field of a public collection
 * (`where[dramas.slug][equals]=…`, `in` too) becomes a filter by the related ids, looked up with
 * the requester's own read access (unless the read overrides access), as Payload applies it to
 * such a path. Same answers; the SQL starts from the relation's index instead of visiting every
 * article (see `src/delivery/relationKeyFilters.ts`).
 */
export const resolveRelationKeyFilters: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { where, overrideAccess } = args as { where?: Where; overrideAccess?: boolean }
  if (operation !== 'read' || !where || !getOptions(req).isEnabled) return args
  const keyOf = relationKeyOf(req, collection.flattenedFields)
  const lookups = relationKeyLookups(where, keyOf)
  if (lookups.length === 0) return args
  const found = new Map<string, Array<number | string>>()
  for (const lookup of lookups) {
    found.set(lookupKey(lookup), await findIds(req, lookup, overrideAccess === true))
  }
  const rewritten = rewriteRelationKeyFilters(where, keyOf, (lookup) =>
    found.get(lookupKey(lookup)),
  )
  return { ...args, where: rewritten as Where }
}

function relationKeyOf(req: PayloadRequest, fields: FlattenedField[]) {
  return (path: string): RelationKey | null => {
    const [relation, field, ...rest] = path.split('.')
    if (!relation || !field || rest.length > 0) return null
    const own = fields.find((candidate) => candidate.name === relation)
    if (!own || (own.type !== 'relationship' && own.type !== 'upload')) return null
    if (typeof own.relationTo !== 'string') return null
    const target = req.payload.collections[own.relationTo]?.config
    // Accounts are left to Payload: their fields carry their own access rules.
    if (!target || target.auth) return null
    const key = target.flattenedFields.find((candidate) => candidate.name === field)
    if (!key || key.type !== 'text' || !key.unique || key.hasMany || key.access?.read) return null
    return { relation, collection: own.relationTo, field }
  }
}

async function findIds(req: PayloadRequest, lookup: RelationKeyLookup, overrideAccess: boolean) {
  const { docs } = await req.payload.find({
    collection: lookup.collection as CollectionSlug,
    where: { [lookup.field]: { in: lookup.values } },
    // Unique: at most one document per value.
    limit: lookup.values.length,
    pagination: false,
    depth: 0,
    select: {},
    // As the read itself: a trusted Local API call skips access, and Payload then skips it too.
    overrideAccess,
    user: req.user,
    req,
  })
  return docs.map((doc) => doc.id)
}
