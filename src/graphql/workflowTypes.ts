import type * as GraphQLModule from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { WorkflowHistoryEntry } from '../workflowGlue/workflowRow'
import type { WorkflowState } from '../endpoints/workflowState'
import { getOptionsFromConfig } from '../options'
import { ACTIONS } from '../workflow'
import { checklistGraphQLType, checklistOverrideGraphQLType } from './checklistTypes'
import { loadDocument } from './loadDocument'

type GraphQL = typeof GraphQLModule
type Info = Parameters<GraphQLExtension>[1]
type Context = { req: PayloadRequest }

export type WorkflowGraphQLTypes = {
  state: GraphQLModule.GraphQLObjectType<WorkflowState, Context>
  /** The transitions: `submit`, `approve`, `publish`… */
  action: GraphQLModule.GraphQLEnumType
  /** Payload's enum of the article's `stage` field (`Article_stage`). */
  stage: GraphQLModule.GraphQLEnumType
  /** Payload's `DateTime` scalar. */
  dateTime: GraphQLModule.GraphQLScalarType
  /** Payload's id type for the article (`Int!` on SQL databases, `String!` on MongoDB). */
  id: GraphQLModule.GraphQLInputType
  /** Payload's GraphQL name of the article (`Article`), which custom operations end with. */
  articleName: string
}

// Queries and mutations are built by separate config functions but must share one type per name.
const built = new WeakMap<GraphQLModule.GraphQLObjectType, WorkflowGraphQLTypes>()

/**
 * The workflow's GraphQL types, built once per schema, on Payload's own types: the article's
 * `stage` enum, `DateTime`, its id type, and `Author` for the people (resolved with the caller's
 * access, like a relationship).
 */
export function workflowTypes(GraphQL: GraphQL, info: Info): WorkflowGraphQLTypes | null {
  const { slugs } = getOptionsFromConfig(info.config)
  const article = info.collections[slugs.articles]?.graphQL?.type
  const author = info.collections[slugs.authors]?.graphQL?.type
  // Payload's own type of an editorial note: its relationships resolve with the caller's access.
  const note = info.collections[slugs.editorialNotes]?.graphQL?.type
  if (!article || !author) return null
  const existing = built.get(article)
  if (existing) return existing
  const {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    getNamedType,
  } = GraphQL
  const articleFields = article.getFields()
  const stage = getNamedType(articleFields.stage!.type) as GraphQLModule.GraphQLEnumType
  const dateTime = getNamedType(articleFields.updatedAt!.type) as GraphQLModule.GraphQLScalarType
  const id = articleFields.id!.type as GraphQLModule.GraphQLInputType
  const required = <T extends GraphQLModule.GraphQLNullableType>(type: T) =>
    new GraphQLNonNull(type)
  const enumOf = (name: string, values: readonly string[]) =>
    new GraphQLEnumType({
      name,
      values: Object.fromEntries(values.map((value) => [value, { value }])),
    })
  const action = enumOf('ArticleWorkflowAction', ACTIONS)
  const staff = <S>(
    getId: (source: S) => unknown,
  ): GraphQLModule.GraphQLFieldConfig<S, Context> => ({
    type: author,
    resolve: (source, _args, { req }) => {
      const value = getId(source)
      return value === null || value === undefined
        ? null
        : loadDocument(req, slugs.authors, String(value))
    },
  })
  const entry = new GraphQLObjectType<WorkflowHistoryEntry, Context>({
    name: 'ArticleWorkflowHistoryEntry',
    fields: {
      action: { type: required(enumOf('ArticleWorkflowHistoryAction', [...ACTIONS, 'revise'])) },
      from: { type: required(stage) },
      to: { type: required(stage) },
      by: {
        ...staff<WorkflowHistoryEntry>((source) => (source.by === 'scheduler' ? null : source.by)),
        description: 'Null when the scheduler acted (isScheduled).',
      },
      isScheduled: {
        type: required(GraphQLBoolean),
        resolve: (source) => source.by === 'scheduler',
      },
      at: { type: required(dateTime) },
      note: { type: GraphQLString },
      checklistOverride: { type: checklistOverrideGraphQLType(GraphQL) },
    },
  })
  const state = new GraphQLObjectType<WorkflowState, Context>({
    name: 'ArticleWorkflowState',
    fields: {
      id: { type: required(GraphQL.getNullableType(articleFields.id!.type)) },
      stage: { type: required(stage) },
      assignee: staff<WorkflowState>((source) => source.assignee),
      publishAt: { type: dateTime },
      isLive: { type: required(GraphQLBoolean) },
      allowedActions: { type: required(new GraphQLList(required(action))) },
      history: { type: required(new GraphQLList(required(entry))) },
      checklist: { type: checklistGraphQLType(GraphQL) },
      ...(note ? { notes: { type: required(new GraphQLList(required(note))) } } : {}),
    },
  })
  const types = { state, action, stage, dateTime, id, articleName: article.name }
  built.set(article, types)
  return types
}
