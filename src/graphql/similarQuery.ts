import type { GraphQLExtension, PayloadRequest } from 'payload'

import { getOptionsFromConfig } from '../options'
import { DEFAULT_LIMIT, parseLimit, readSimilarArticles } from '../similarityGlue/readSimilar'
import { similarArticlesComplexity } from './complexity'

/**
 * `similarArticles(id, limit = 5)`: the same list as `GET /api/articles/:id/similar`, as
 * `[{ article: Article, score, isPinned }]`. The article comes at depth 0 and Payload's own
 * `Article` type populates what the query selects (hero image, author...) with the caller's access.
 */
export const similarQueries: GraphQLExtension = (GraphQL, context) => {
  const { slugs } = getOptionsFromConfig(context.config)
  const articleType = context.collections[slugs.articles]?.graphQL?.type
  if (!articleType) return {}
  const { GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull } =
    GraphQL
  const similarType = new GraphQL.GraphQLObjectType({
    name: 'SimilarArticle',
    fields: {
      article: { type: new GraphQLNonNull(articleType) },
      score: { type: new GraphQLNonNull(GraphQLFloat) },
      isPinned: { type: new GraphQLNonNull(GraphQLBoolean) },
    },
  })
  return {
    similarArticles: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(similarType))),
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        limit: { type: GraphQLInt, defaultValue: DEFAULT_LIMIT, description: '1 to 20.' },
      },
      extensions: { complexity: similarArticlesComplexity },
      resolve: (
        _source: unknown,
        args: { id: string; limit?: number | null },
        { req }: { req: PayloadRequest },
      ) =>
        readSimilarArticles(req, {
          id: String(args.id),
          limit: parseLimit(args.limit),
          shape: 'document',
        }),
    },
  }
}
