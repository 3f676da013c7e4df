import type * as GraphQLModule from 'graphql'

import type { ChecklistReport, CheckResult } from '../checklist'
import type { ChecklistOverride } from '../checklistGlue/gateTransition'

type GraphQL = typeof GraphQLModule

// One schema build uses one `graphql` module; the types are made once per module.
const built = new WeakMap<
  object,
  { report: GraphQLModule.GraphQLObjectType; override: GraphQLModule.GraphQLObjectType }
>()

function build(GraphQL: GraphQL) {
  const existing = built.get(GraphQL)
  if (existing) return existing
  const { GraphQLBoolean, GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType } =
    GraphQL
  const { GraphQLString } = GraphQL
  const required = <T extends GraphQLModule.GraphQLNullableType>(type: T) =>
    new GraphQLNonNull(type)
  const enumOf = (name: string, values: readonly string[]) =>
    new GraphQLEnumType({
      name,
      values: Object.fromEntries(values.map((value) => [value, { value }])),
    })
  const severity = enumOf('ArticleChecklistSeverity', ['required', 'recommended'])
  const result = new GraphQLObjectType<CheckResult>({
    name: 'ArticleChecklistResult',
    fields: {
      id: { type: required(GraphQLString) },
      label: { type: required(GraphQLString) },
      severity: { type: required(severity) },
      isPassing: { type: required(GraphQLBoolean) },
      message: { type: GraphQLString, description: 'Why the rule fails; null when it passes.' },
    },
  })
  const report = new GraphQLObjectType<ChecklistReport>({
    name: 'ArticleChecklist',
    fields: {
      status: {
        type: required(enumOf('ArticleChecklistStatus', ['ready', 'warnings', 'blocked'])),
      },
      results: { type: required(new GraphQLList(required(result))) },
    },
  })
  const rule = new GraphQLObjectType<{ id: string; label: string }>({
    name: 'ArticleChecklistPassedRule',
    fields: { id: { type: required(GraphQLString) }, label: { type: required(GraphQLString) } },
  })
  const override = new GraphQLObjectType<ChecklistOverride>({
    name: 'ArticleChecklistOverride',
    fields: {
      rules: { type: required(new GraphQLList(required(rule))) },
      note: { type: required(GraphQLString) },
    },
  })
  const types = { report, override }
  built.set(GraphQL, types)
  return types
}

/** `ArticleChecklist`: the pre-publish checklist's status and each rule's result. */
export const checklistGraphQLType = (GraphQL: GraphQL) => build(GraphQL).report

/** `ArticleChecklistOverride`: recommended rules an editor passed on a transition, and the note. */
export const checklistOverrideGraphQLType = (GraphQL: GraphQL) => build(GraphQL).override
