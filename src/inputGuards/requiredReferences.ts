import type { FlattenedField, CollectionSlug } from 'payload'

/** A required relationship that points at a collection: which collection holds it, at what path. */
export type RequiredReference = { collection: string; path: string }

/**
 * The required, single-valued relationship and upload fields (top level, in groups, named tabs
 * and array rows) in `collections` that point at `target`. Their database column is NOT NULL with
 * a foreign key that sets it to null when the target is deleted, so such a delete fails.
 */
export function findRequiredReferences(
  target: string,
  collections: Array<{ slug: string; fields: FlattenedField[] }>,
): RequiredReference[] {
  const found: RequiredReference[] = []
  const walk = (slug: string, fields: FlattenedField[], prefix: string) => {
    for (const field of fields) {
      if (field.type === 'relationship' || field.type === 'upload') {
        const pointsAtTarget = Array.isArray(field.relationTo)
          ? field.relationTo.includes(target as CollectionSlug)
          : field.relationTo === target
        if (pointsAtTarget && field.required && !field.hasMany) {
          found.push({ collection: slug, path: `${prefix}${field.name}` })
        }
      } else if (
        (field.type === 'group' || field.type === 'tab' || field.type === 'array') &&
        'flattenedFields' in field
      ) {
        walk(slug, field.flattenedFields, `${prefix}${field.name}.`)
      }
    }
  }
  for (const { slug, fields } of collections) walk(slug, fields, '')
  return found
}
