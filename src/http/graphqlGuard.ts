import { configToSchema } from '@payloadcms/graphql'
import type { DocumentNode } from 'graphql'
import { GraphQLError, parse, specifiedRules, validate } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { checkDocumentShape } from '../ratelimit/graphqlDocument'

/** A GraphQL request that may run, or why not (each message becomes one GraphQL error). */
export type GraphQLInspection =
  { document: DocumentNode; variables: Record<string, unknown> } | { problems: string[] }

// Parsing stops here: a megabyte of `{ a a a … }` costs no more than a long honest query.
const MAX_TOKENS = 20_000

/**
 * Parses and validates a GraphQL request body before Payload runs it, so that a bad document is a
 * 400 with its messages (graphql-http answers validation errors with a 200) and nothing executes:
 * the shape checks first (fragment cycles, depth, aliases — Payload's complexity rule recurses into
 * cyclic fragments and overflows the stack), then graphql-js's standard rules and Payload's own
 * (complexity against `graphQL.maxComplexity`, the host's `validationRules`) on the same schema.
 */
export function graphqlInspector(config: SanitizedConfig) {
  let built: ReturnType<typeof configToSchema> | undefined
  return (body: unknown): GraphQLInspection => {
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown }
    if (typeof query !== 'string' || query.trim() === '') {
      return { problems: ['A GraphQL request is a JSON object with a non-empty `query` string.'] }
    }
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
      return { problems: ['GraphQL `variables` must be a JSON object.'] }
    }
    let document: DocumentNode
    try {
      document = parse(query, { maxTokens: MAX_TOKENS })
    } catch (err) {
      return { problems: [err instanceof GraphQLError ? err.message : 'The query does not parse.'] }
    }
    const shapeProblem = checkDocumentShape(document)
    if (shapeProblem) return { problems: [shapeProblem] }
    built ??= configToSchema(config)
    const variableValues = (variables ?? {}) as Record<string, unknown>
    const rules = [
      ...specifiedRules,
      ...built.validationRules({ variableValues } as Parameters<typeof built.validationRules>[0]),
    ]
    const errors = validate(built.schema, document, rules)
    if (errors.length > 0) return { problems: errors.map((error) => error.message) }
    return { document, variables: variableValues }
  }
}
