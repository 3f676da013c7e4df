import type { GraphQLExtension } from 'payload'

import { SPOILER_MODES } from '../spoilerGlue/readerProgress'

type GraphQLModule = Parameters<GraphQLExtension>[0]

// One set of types per graphql module: several queries take these arguments, and a schema may hold
// only one type of each name.
const built = new WeakMap<GraphQLModule, ReturnType<typeof buildArgs>>()

function buildArgs(GraphQL: GraphQLModule) {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLInputObjectType, GraphQLInt } = GraphQL
  const { GraphQLList, GraphQLNonNull, GraphQLString } = GraphQL
  const watchedInput = new GraphQLInputObjectType({
    name: 'SpoilerWatchedInput',
    fields: {
      drama: { type: new GraphQLNonNull(GraphQLString), description: 'Slug or id.' },
      episode: {
        type: new GraphQLNonNull(GraphQLInt),
        description: 'The last episode watched (0 for not started).',
      },
    },
  })
  const mode = new GraphQLEnumType({
    name: 'SpoilerMode',
    values: Object.fromEntries(SPOILER_MODES.map((value) => [value, { value }])),
  })
  return {
    watched: { type: new GraphQLList(new GraphQLNonNull(watchedInput)) },
    spoilers: { type: mode, description: 'hide: every spoiler section; show: none.' },
    previewAsReader: {
      type: GraphQLBoolean,
      description: 'Staff: answer as a reader with this progress would get it.',
    },
  }
}

/**
 * The spoiler arguments of the custom queries (`spoilerSafeArticle`, `similarArticles`, …):
 * `watched: [{ drama, episode }]`, `spoilers: hide | show`, `previewAsReader: Boolean`.
 */
export function spoilerArgs(GraphQL: GraphQLModule) {
  let args = built.get(GraphQL)
  if (!args) built.set(GraphQL, (args = buildArgs(GraphQL)))
  return args
}
