import type { GraphQLExtension, PayloadRequest } from 'payload'

import { getOptionsFromConfig } from '../options'
import { DEFAULT_LIMIT, parseLimit, readSimilarArticles } from '../similarityGlue/readSimilar'
import type { SpoilerArgs } from '../spoilerGlue/requestView'
import { viewOfRequest } from '../spoilerGlue/requestView'
import { similarArticlesComplexity } from './complexity'
import { spoilerArgs } from './spoilerArgs'
import { similarArticleType, typeSimilarArticlesField } from './similarArticleType'

/**
 * `similarArticles(id, limit = 5, watched, spoilers, previewAsReader)`: the same list as
 * `GET /api/articles/:id/similar` (spoiler-safe for the given or saved progress), as
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
        ...spoilerArgs(GraphQL),
      },
      extensions: { complexity: similarArticlesComplexity },
      resolve: async (
        _source: unknown,
        args: SpoilerArgs & { id: number | string; limit?: number | null },
        { req }: { req: PayloadRequest },
      ) => {
        const limit = parseLimit(args.limit)
        // Decided from this query's arguments: the listed articles resolve later, under this view.
        // Assigned after the await: a nested Local API call replaces the `req.context` object.
        const view = await viewOfRequest(req, args)
        req.context.spoilerView = view
        return readSimilarArticles(req, { id: String(args.id), limit, shape: 'document' })
      },
    },
  }
}
