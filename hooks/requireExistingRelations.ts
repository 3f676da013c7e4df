import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'
import { APIError } from 'payload'

import { isValidId } from '../src/inputGuards/idRules'
import { idRulesOf } from '../src/inputGuards/requestRules'
import { findReferences } from '../src/inputGuards/walkData'

/**
 * A relationship to a document that does not exist fails in the database (a FOREIGN KEY error, a
 * 500, and on SQLite without transactions a half-written document). Look the ids up first, one
 * query per related collection, and refuse with a 400 that names the field and the id.
 */
export const requireExistingRelations: CollectionBeforeValidateHook = async ({
  collection,
  data,
  req,
}) => {
  const references = findReferences(data, collection.flattenedFields)
  if (references.length === 0) return data
  const ids = idRulesOf(req.payload)
  const malformed = references.find((ref) => !isValidId(ref.id, ids))
  if (malformed) {
    throw new APIError(
      `'${malformed.path}' should be the id of a document in ${malformed.collection}.`,
      400,
    )
  }
  const byCollection = new Map<string, Set<string>>()
  for (const ref of references) {
    if (!req.payload.collections[ref.collection as CollectionSlug]) {
      throw new APIError(`'${ref.path}' names an unknown collection.`, 400)
    }
    const set = byCollection.get(ref.collection) ?? new Set<string>()
    set.add(String(ref.id))
    byCollection.set(ref.collection, set)
  }
  for (const [slug, set] of byCollection) {
    const wanted = [...set].map((id) => (ids.isNumeric ? Number(id) : id))
    // The adapter directly: a lookup of ids needs no access rules, hooks or population.
    const found = await req.payload.db.find({
      collection: slug as CollectionSlug,
      where: { id: { in: wanted } },
      limit: wanted.length,
      pagination: false,
      select: { id: true },
      req,
    })
    const present = new Set(found.docs.map((doc) => String(doc.id)))
    const missing = references.find(
      (ref) => ref.collection === slug && !present.has(String(ref.id)),
    )
    if (missing) {
      throw new APIError(
        `'${missing.path}' names ${slug} ${String(missing.id)}, which does not exist.`,
        400,
      )
    }
  }
  return data
}
