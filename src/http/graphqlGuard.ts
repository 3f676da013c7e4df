import { configToSchema } from '@payloadcms/graphql'
import type { DocumentNode, GraphQLSchema } from 'graphql'
import { GraphQLError, Kind, parse, specifiedRules, validate } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { checkDocumentShape } from '../ratelimit/graphqlDocument'

/** A GraphQL request that may run, or why not (each message becomes one GraphQL error). */
export type GraphQLInspection =
  { document: DocumentNode; variables: Record<string, unknown> } | { problems: string[] }

// Parsing stops here: a megabyte of `{ a a a … }` costs no more than a long honest query.
const MAX_TOKENS = 20_000
// Sites send the same few queries again and again: their parse and the variable-independent rules
// are remembered (small queries only), so only complexity, which reads the variables, runs each time.
const CACHE_SIZE = 500
const CACHEABLE_LENGTH = 10_000

type Checked = { document: DocumentNode; problems: string[] }

/**
 * Parses and validates a GraphQL request body before Payload runs it, so that a bad document is a
 * 400 with its messages (graphql-http answers validation errors with a 200) and nothing executes:
 * the shape checks first (fragment cycles, depth, aliases — Payload's complexity rule recurses into
 * cyclic fragments and overflows the stack), then graphql-js's standard rules and Payload's own
 * (complexity against `graphQL.maxComplexity`, the host's `validationRules`) on the same schema.
 */
export function graphqlInspector(config: SanitizedConfig) {
  let built: ReturnType<typeof configToSchema> | undefined
  const cache = new Map<string, Checked>()
  return (body: unknown): GraphQLInspection => {
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown }
    if (typeof query !== 'string' || query.trim() === '') {
      return { problems: ['A GraphQL request is a JSON object with a non-empty `query` string.'] }
    }
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
      return { problems: ['GraphQL `variables` must be a JSON object.'] }
    }
    built ??= configToSchema(config)
    const schema = built.schema
    let checked: Checked | null | undefined = cache.get(query)
    if (checked) {
      // Most recently used last: the first key is the one to evict.
      cache.delete(query)
    } else {
      checked = check(query, schema)
      if (!checked) return { problems: ['The query does not parse.'] }
    }
    if (query.length <= CACHEABLE_LENGTH) {
      cache.set(query, checked)
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    }
    if (checked.problems.length > 0) return { problems: checked.problems }
    const variableValues = (variables ?? {}) as Record<string, unknown>
    const args = { variableValues } as Parameters<typeof built.validationRules>[0]
    const errors = validate(schema, checked.document, built.validationRules(args))
    if (errors.length > 0) return { problems: errors.map((error) => error.message) }
    return { document: checked.document, variables: variableValues }
  }
}

/** Parse, shape checks and graphql-js's standard rules: everything that does not read variables. */
function check(query: string, schema: GraphQLSchema): Checked | null {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_TOKENS })
  } catch (err) {
    if (!(err instanceof GraphQLError)) return null
    return { document: { kind: Kind.DOCUMENT, definitions: [] }, problems: [err.message] }
  }
  const shapeProblem = checkDocumentShape(document)
  if (shapeProblem) return { document, problems: [shapeProblem] }
  const errors = validate(schema, document, specifiedRules)
  return { document, problems: errors.map((error) => error.message) }
}
