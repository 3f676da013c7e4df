import type { GraphQLExtension, PayloadRequest } from 'payload'

import { getOptionsFromConfig } from '../options'
import { DEFAULT_LIMIT, parseLimit, readSimilarArticles } from '../similarityGlue/readSimilar'
import { similarArticlesComplexity } from './complexity'
import { similarArticleType, typeSimilarArticlesField } from './similarArticleType'

/**
 * `similarArticles(id, limit = 5)`: the same list as `GET /api/articles/:id/similar`, as
 * `[SimilarArticle!]!`. The article comes at depth 0 and Payload's own `Article` type populates what
 * the query selects (hero image, author...) with the caller's access. Also types the article's own
 * `similarArticles` field with the same `SimilarArticle`.
 */
export const similarQueries: GraphQLExtension = (GraphQL, context) => {
  const { slugs } = getOptionsFromConfig(context.config)
  const collection = context.collections[slugs.articles]?.graphQL
  if (!collection) return {}
  const { GraphQLInt, GraphQLList, GraphQLNonNull } = GraphQL
  typeSimilarArticlesField(GraphQL, collection.type, slugs.articles)
  return {
    [`similar${collection.paginatedType.name}`]: {
      type: new GraphQLNonNull(
        new GraphQLList(new GraphQLNonNull(similarArticleType(GraphQL, collection.type))),
      ),
      args: {
        id: { type: collection.type.getFields().id!.type },
        limit: { type: GraphQLInt, defaultValue: DEFAULT_LIMIT, description: '1 to 20.' },
      },
      extensions: { complexity: similarArticlesComplexity },
      resolve: (
        _source: unknown,
        args: { id: number | string; limit?: number | null },
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
