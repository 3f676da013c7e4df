import type {
  ExecutionArgs,
  FieldNode,
  GraphQLField,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
} from 'graphql'
import type { PayloadRequest } from 'payload'

import type { ReadLimits } from './readLimits'
import { limitsFor } from './readLimits'

/** The most documents one GraphQL operation may be estimated to return. */
export const GRAPHQL_DOCUMENT_BUDGET = 2_000
/** Assumed length of a list field (array, hasMany relationship) without `maxRows`. */
export const ASSUMED_LIST_LENGTH = 10
/** Payload's own default page size when a list query gives no `limit`. */
const DEFAULT_PAGE = 10

const RELATION_TYPES = new Set(['relationship', 'upload', 'join'])

type PayloadFieldMeta = { type?: string; hasMany?: boolean; maxRows?: number }

type Walk = {
  context: ValidationContext
  variables: Record<string, unknown>
  limits: ReadLimits
  problems: Array<{ message: string; node: FieldNode }>
  fragments: Set<string>
}

function argument(field: FieldNode, name: string, walk: Walk): unknown {
  const node = field.arguments?.find((arg) => arg.name.value === name)?.value as
    ValueNode | undefined
  return node === undefined ? undefined : valueFromASTUntyped(node, walk.variables)
}

/** Page size of a list query (its `limit`), checking it and `pagination` against the limits. */
function pageSize(field: FieldNode, walk: Walk): number {
  const { maxLimit } = walk.limits
  if (argument(field, 'pagination', walk) === false) {
    walk.problems.push({
      message: `pagination: false is not available; page through with limit (at most ${maxLimit}) and page.`,
      node: field,
    })
  }
  const limit = argument(field, 'limit', walk)
  if (limit === undefined || limit === null) return DEFAULT_PAGE
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    walk.problems.push({
      message: `limit must be a whole number from 1 to ${maxLimit}; page through longer lists with page.`,
      node: field,
    })
    return maxLimit
  }
  return limit
}

/**
 * How many items a field returns at most: a page's `limit` (checked: Payload's paginated lists,
 * collection queries and joins, take `limit` and `page`); a custom query's own `limit` (it checks
 * its range itself, as `similarArticles` does); a list field's `maxRows`; else one.
 */
function listLength(
  selection: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  meta: PayloadFieldMeta | undefined,
  walk: Walk,
): number {
  const args = new Set(definition.args.map((arg) => arg.name))
  if (args.has('limit') && args.has('page')) return pageSize(selection, walk)
  if (args.has('limit')) {
    const limit = argument(selection, 'limit', walk)
    return typeof limit === 'number' && limit >= 1 ? limit : DEFAULT_PAGE
  }
  if (meta?.hasMany === true || meta?.type === 'array') return meta.maxRows ?? ASSUMED_LIST_LENGTH
  return 1
}

/**
 * Estimated documents a selection returns, assuming every list is as long as it may be (a query's
 * `limit`, a field's `maxRows`, else ASSUMED_LIST_LENGTH); records relationship chains deeper than
 * `maxDepth` on the way. Fragments are followed where they are spread.
 */
function estimate(set: SelectionSetNode, type: GraphQLNamedType, hops: number, walk: Walk): number {
  let total = 0
  for (const selection of set.selections) {
    if (selection.kind === 'InlineFragment') {
      const condition = selection.typeCondition?.name.value
      const inner = condition ? walk.context.getSchema().getType(condition) : type
      if (inner) total += estimate(selection.selectionSet, inner, hops, walk)
      continue
    }
    if (selection.kind === 'FragmentSpread') {
      const name = selection.name.value
      const fragment = walk.context.getFragment(name)
      if (!fragment || walk.fragments.has(name)) continue
      const inner = walk.context.getSchema().getType(fragment.typeCondition.name.value)
      walk.fragments.add(name)
      if (inner) total += estimate(fragment.selectionSet, inner, hops, walk)
      walk.fragments.delete(name)
      continue
    }
    if (!isObjectType(type) && !isInterfaceType(type)) continue
    const definition = type.getFields()[selection.name.value]
    if (!definition) continue
    const meta = (definition.extensions as { field?: PayloadFieldMeta } | undefined)?.field
    const isRelation = RELATION_TYPES.has(meta?.type ?? '')
    const depth = hops + (isRelation ? 1 : 0)
    if (isRelation && depth === walk.limits.maxDepth + 1) {
      walk.problems.push({
        message: `Relationships may nest at most ${walk.limits.maxDepth} levels deep.`,
        node: selection,
      })
    }
    const length = listLength(selection, definition, meta, walk)
    const inner = selection.selectionSet
      ? estimate(selection.selectionSet, getNamedType(definition.type), depth, walk)
      : 0
    total += length * ((isRelation ? 1 : 0) + inner)
  }
  return total
}

/**
 * Whether the caller is staff. Payload hands its request to graphql-http as the context value; the
 * early pass in src/http/graphqlGuard.ts runs before authentication and has none, so it applies
 * the larger staff page, and Payload's own validation, which knows the caller, applies theirs.
 */
function isStaffOrUnknown(args: ExecutionArgs, staffSlug: string): boolean {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  return req ? req.user?.collection === staffSlug : true
}

/**
 * GraphQL's counterpart of the REST read limits, as validation rules (run before anything
 * resolves): list queries take a `limit` from 1 to `maxLimit` and no `pagination: false`,
 * relationships nest at most `maxDepth` levels, and an operation may be estimated to return at
 * most GRAPHQL_DOCUMENT_BUDGET documents. Payload's own complexity limit adds a fixed cost per
 * relationship and does not multiply by list lengths, so it alone lets fan-out grow exponentially.
 */
export function graphqlReadBounds(limits: ReadLimits, staffSlug: string) {
  return (args: ExecutionArgs): ValidationRule[] => [
    (context) => ({
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation)
        if (!root) return
        const walk: Walk = {
          context,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          limits: limitsFor(limits, isStaffOrUnknown(args, staffSlug)),
          problems: [],
          fragments: new Set(),
        }
        const documents = estimate(operation.selectionSet, root, 0, walk)
        for (const { message, node } of walk.problems) {
          context.reportError(new GraphQLError(message, { nodes: [node] }))
        }
        if (walk.problems.length === 0 && documents > GRAPHQL_DOCUMENT_BUDGET) {
          context.reportError(
            new GraphQLError(
              `This query could return about ${documents} documents; one query may return at ` +
                `most ${GRAPHQL_DOCUMENT_BUDGET}. Ask for a smaller limit or fewer nested lists.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }),
  ]
}
