import type {
  ArgumentNode,
  DocumentNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql'
import { buildSchema, Kind, NoFragmentCyclesRule, validate } from 'graphql'

import type { LimitedOperation } from './classifyRest'
import type { Purpose } from './policy'

/** Structural limits checked before the schema is consulted. */
export type DocumentLimits = {
  /** Nested selection sets, fragments expanded. */
  maxDepth: number
  /** Aliased fields, fragments expanded (one spread of a fragment with 5 aliases counts 5). */
  maxAliases: number
  /** Operations in one document. */
  maxOperations: number
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxOperations: 5,
}

// NoFragmentCyclesRule reads only the document; validate() insists on some schema.
const STUB_SCHEMA = buildSchema('type Query { ok: Boolean }')

type Shape = { depth: number; aliases: number }

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  return fragments
}

function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )
}

/** Depth and alias count of a selection set with fragments expanded; needs an acyclic document. */
function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  memo: Map<string, Shape>,
): Shape {
  let depth = 0
  let aliases = 0
  for (const selection of set.selections) {
    let inner: Shape = { depth: 0, aliases: 0 }
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet
        ? measure(selection.selectionSet, fragments, memo)
        : { depth: 0, aliases: 0 }
      inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0) }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, memo)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (fragment) {
        // Memoised: a fragment spread many times is measured once, so this stays linear.
        inner = memo.get(name) ?? measure(fragment.selectionSet, fragments, memo)
        memo.set(name, inner)
      }
    }
    depth = Math.max(depth, inner.depth)
    aliases += inner.aliases
  }
  return { depth, aliases }
}

/**
 * What is wrong with a parsed document before it reaches the schema, or null: too many operations,
 * a fragment cycle (which otherwise overflows the stack in the complexity rule, as it runs in the
 * same validation pass as the cycle rule and expands fragments without a guard), too deep, too many
 * aliases.
 */
export function checkDocumentShape(
  document: DocumentNode,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): string | null {
  const operations = operationsOf(document)
  if (operations.length > limits.maxOperations) {
    return `The document has ${operations.length} operations; the limit is ${limits.maxOperations}.`
  }
  const [cycle] = validate(STUB_SCHEMA, document, [NoFragmentCyclesRule])
  if (cycle) return cycle.message
  const fragments = fragmentsOf(document)
  const memo = new Map<string, Shape>()
  let aliases = 0
  for (const operation of operations) {
    const shape = measure(operation.selectionSet, fragments, memo)
    if (shape.depth > limits.maxDepth) {
      return `The query is nested ${shape.depth} levels deep; the limit is ${limits.maxDepth}.`
    }
    aliases += shape.aliases
  }
  if (aliases > limits.maxAliases) {
    return `The document has ${aliases} aliased fields; the limit is ${limits.maxAliases}.`
  }
  return null
}

/** Root field name (e.g. `loginReader`) → the purpose and collection it is limited as. */
export type LimitedFields = Record<string, { purpose: Purpose; collection: string }>

function stringValue(node: ValueNode | undefined, variables: Record<string, unknown>) {
  if (!node) return undefined
  if (node.kind === Kind.STRING) return node.value
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value]
    return typeof value === 'string' ? value : undefined
  }
  return undefined
}

function accountArgument(
  args: readonly ArgumentNode[] | undefined,
  variables: Record<string, unknown>,
) {
  const byName = (name: string) => args?.find((arg) => arg.name.value === name)?.value
  const value =
    stringValue(byName('email'), variables) ?? stringValue(byName('username'), variables)
  const account = value?.trim().toLowerCase()
  return account || undefined
}

/**
 * Every limited root field the document would run, once per occurrence: 50 aliased `loginReader`
 * calls are 50 login attempts, each on the e-mail it names (literal or variable). Root-level
 * fragments are expanded; every operation of the document counts. Needs an acyclic document.
 */
export function limitedGraphQLOperations(args: {
  document: DocumentNode
  variables?: Record<string, unknown> | null
  fields: LimitedFields
}): LimitedOperation[] {
  const variables = args.variables ?? {}
  const fragments = fragmentsOf(args.document)
  const found: LimitedOperation[] = []
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet)
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)
        if (fragment) visit(fragment.selectionSet)
      } else {
        const limited = args.fields[selection.name.value]
        if (!limited) continue
        let account: string | undefined
        if (limited.purpose === 'login' || limited.purpose === 'passwordReset') {
          account = accountArgument(selection.arguments, variables)
        }
        found.push({ ...limited, ...(account ? { account } : {}) })
      }
    }
  }
  for (const operation of operationsOf(args.document)) visit(operation.selectionSet)
  return found
}
