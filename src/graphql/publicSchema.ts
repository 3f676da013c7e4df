import type * as GraphQLModule from 'graphql'
import type { Collection, GraphQLExtension } from 'payload'

type GraphQL = typeof GraphQLModule
type Info = Parameters<GraphQLExtension>[1]

/**
 * Auth fields that are no business of a frontend: Payload's hidden ones (`hash`, `salt`,
 * `resetPasswordToken`, `loginAttempts`, `lockUntil`, `_verificationToken`, `apiKeyIndex`…) always
 * read as null but still appear in its GraphQL types; these go too.
 */
const ACCOUNT_FIELDS = new Set(['apiKey', 'enableAPIKey', 'sessions'])

/** Payload collections the admin reaches over REST only; the others set `graphQL: false`. */
const ADMIN_ONLY_COLLECTIONS = ['payload-locked-documents', 'payload-preferences']

/** Number fields that only hold whole numbers, typed `Int` rather than Payload's `Float`. */
const WHOLE_NUMBER_FIELDS = new Set(['episode', 'episodes', 'spoilerEpisode'])

/** Drops an auth collection's credential fields from its object type and its `where` inputs. */
function hideCredentials(GraphQL: GraphQL, collection: Collection): void {
  const { config, graphQL } = collection
  if (!config.auth || !graphQL) return
  const hidden = config.flattenedFields
    .filter((field) => ('hidden' in field && field.hidden) || ACCOUNT_FIELDS.has(field.name))
    .map((field) => field.name)
  const isHidden = (key: string) =>
    hidden.some((name) => key === name || key.startsWith(`${name}__`))
  const fields = graphQL.type.getFields()
  for (const key of Object.keys(fields)) if (isHidden(key)) delete fields[key]
  for (const input of [graphQL.mutationInputType, graphQL.updateMutationInputType]) {
    const named = GraphQL.getNamedType(input)
    if (!GraphQL.isInputObjectType(named)) continue
    const inputFields = named.getFields()
    for (const key of Object.keys(inputFields)) if (isHidden(key)) delete inputFields[key]
  }
  const where = graphQL.whereInputType
  const { AND, OR } = where.getFields()
  for (const input of [
    where,
    AND && GraphQL.getNamedType(AND.type),
    OR && GraphQL.getNamedType(OR.type),
  ]) {
    if (!GraphQL.isInputObjectType(input)) continue
    const inputFields = input.getFields()
    for (const key of Object.keys(inputFields)) if (isHidden(key)) delete inputFields[key]
  }
}

/** Removes every query and mutation Payload generated for a collection, and its `Access` entry. */
function dropOperations(GraphQL: GraphQL, info: Info, collection: Collection | undefined): void {
  const type = collection?.graphQL?.type
  if (!type) return
  const singular = type.name
  const plural = collection.graphQL!.paginatedType.name
  for (const name of [singular, plural, `count${plural}`, `docAccess${singular}`]) {
    delete info.Query.fields[name]
  }
  for (const verb of ['create', 'update', 'delete', 'duplicate']) {
    delete info.Mutation.fields[`${verb}${singular}`]
  }
  const access = info.Query.fields.Access?.type
  if (GraphQL.isObjectType(access))
    delete access.getFields()[collection.config.slug.replace(/-/g, '_')]
}

/**
 * Retypes whole-number fields as `Int` on every object type reachable from the collections, and on
 * their create and update inputs (a `where` filter keeps Payload's numeric operators).
 */
function wholeNumbers(GraphQL: GraphQL, info: Info): void {
  type Composite = GraphQLModule.GraphQLObjectType | GraphQLModule.GraphQLInputObjectType
  const seen = new Set<Composite>()
  const visit = (type: Composite) => {
    if (seen.has(type)) return
    seen.add(type)
    // Output and input fields alike: a name and a (mutable) type.
    const fields = Object.values(type.getFields()) as Array<{
      name: string
      type: GraphQLModule.GraphQLType
    }>
    for (const field of fields) {
      const named: GraphQLModule.GraphQLNamedType = GraphQL.getNamedType(field.type)
      if (WHOLE_NUMBER_FIELDS.has(field.name) && named === GraphQL.GraphQLFloat) {
        field.type = GraphQL.isNonNullType(field.type)
          ? new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt)
          : GraphQL.GraphQLInt
      }
      if (GraphQL.isObjectType(named) || GraphQL.isInputObjectType(named)) visit(named)
    }
  }
  for (const collection of Object.values(info.collections)) {
    const types = collection.graphQL
    if (!types) continue
    for (const type of [
      types.type,
      types.versionType,
      types.mutationInputType,
      types.updateMutationInputType,
    ]) {
      const named = type && GraphQL.getNamedType(type)
      if (named && (GraphQL.isObjectType(named) || GraphQL.isInputObjectType(named))) visit(named)
    }
  }
}

/**
 * The public face of the GraphQL schema, applied to the types Payload has built (GraphQL types are
 * built once and their field maps are plain objects): no credential fields, no operations for
 * Payload's admin-only collections, whole numbers as `Int`. Adds no operations of its own.
 *
 * Payload offers no per-field or per-built-in-collection switch for these; the other internal
 * collections are left out with `graphQL: false` in their configs.
 */
export const publicSchema: GraphQLExtension = (GraphQL, info) => {
  for (const collection of Object.values(info.collections)) hideCredentials(GraphQL, collection)
  for (const slug of ADMIN_ONLY_COLLECTIONS) dropOperations(GraphQL, info, info.collections[slug])
  wholeNumbers(GraphQL, info)
  return {}
}
