import type * as GraphQLModule from 'graphql'

type GraphQL = typeof GraphQLModule

export type WorkflowGraphQLTypes = { state: GraphQLModule.GraphQLObjectType }

// Queries and mutations are built by separate config functions but must share one type per name.
const built = new WeakMap<GraphQL, WorkflowGraphQLTypes>()

/** The workflow's GraphQL types, built once per `graphql` module (Payload passes its own). */
export function workflowTypes(GraphQL: GraphQL): WorkflowGraphQLTypes {
  const existing = built.get(GraphQL)
  if (existing) return existing
  const {
    GraphQLBoolean,
    GraphQLID,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const required = <T extends GraphQLModule.GraphQLNullableType>(type: T) =>
    new GraphQLNonNull(type)
  const entry = new GraphQLObjectType({
    name: 'ArticleWorkflowHistoryEntry',
    fields: {
      action: { type: required(GraphQLString) },
      from: { type: required(GraphQLString) },
      to: { type: required(GraphQLString) },
      by: { type: required(GraphQLString), description: "Staff id, or 'scheduler'." },
      at: { type: required(GraphQLString) },
      note: { type: GraphQLString },
    },
  })
  const state = new GraphQLObjectType({
    name: 'ArticleWorkflowState',
    fields: {
      id: { type: required(GraphQLID) },
      stage: { type: required(GraphQLString) },
      assignee: { type: GraphQLID },
      publishAt: { type: GraphQLString },
      isLive: { type: required(GraphQLBoolean) },
      allowedActions: { type: required(new GraphQLList(required(GraphQLString))) },
      history: { type: required(new GraphQLList(required(entry))) },
    },
  })
  const types = { state }
  built.set(GraphQL, types)
  return types
}
