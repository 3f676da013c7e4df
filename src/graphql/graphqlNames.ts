import type { SanitizedCollectionConfig } from 'payload'
import { formatNames, toWords } from 'payload'

/** The singular name Payload's GraphQL gives a collection (`Reader` → `createReader`, `loginReader`). */
export function graphQLSingularName(collection: SanitizedCollectionConfig): string {
  const singularName = collection.graphQL ? collection.graphQL.singularName : undefined
  return singularName ? toWords(singularName, true) : formatNames(collection.slug).singular
}
