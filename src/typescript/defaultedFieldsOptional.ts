import type { Config } from 'payload'

type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]

/**
 * A generated type lists a `required` field as always present, and Payload uses the same type for
 * the data of `create`. A required field with a `defaultValue` (an article's `stage`, `author` and
 * `format`, a scene's `kind`, a staff role) is filled in by Payload when left out, and some (the
 * workflow's `stage`) may not be written at all: this makes those optional, so creating a document
 * type-checks without them. Top-level fields of collections only.
 */
export const defaultedFieldsOptional: SchemaHook = ({ config, jsonSchema }) => {
  for (const collection of config.collections) {
    const definition = jsonSchema.definitions?.[collection.slug]
    if (!definition || !Array.isArray(definition.required)) continue
    const defaulted = new Set(
      collection.flattenedFields
        .filter((field) => 'defaultValue' in field && field.defaultValue !== undefined)
        .map((field) => field.name),
    )
    definition.required = definition.required.filter((name: string) => !defaulted.has(name))
  }
  return jsonSchema
}
