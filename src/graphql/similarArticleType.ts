import type * as GraphQLModule from 'graphql'
import type { PayloadRequest } from 'payload'

import { relationId } from '../relationId'
import { dropSpoilingArticles } from '../spoilerGlue/spoilerSafeList'
import { loadDocument } from './loadDocument'

type GraphQL = typeof GraphQLModule
type Row = { article?: unknown; score?: number; isPinned?: boolean }

// The `similarArticles` query and the field on `Article` share one type per article type.
const built = new WeakMap<GraphQLModule.GraphQLObjectType, GraphQLModule.GraphQLObjectType>()

/** `SimilarArticle { article: Article!, score: Float!, isPinned: Boolean! }`. */
export function similarArticleType(
  GraphQL: GraphQL,
  articleType: GraphQLModule.GraphQLObjectType,
): GraphQLModule.GraphQLObjectType {
  const existing = built.get(articleType)
  if (existing) return existing
  const { GraphQLBoolean, GraphQLFloat, GraphQLNonNull, GraphQLObjectType } = GraphQL
  const type = new GraphQLObjectType({
    name: 'SimilarArticle',
    fields: {
      article: { type: new GraphQLNonNull(articleType) },
      score: { type: new GraphQLNonNull(GraphQLFloat) },
      isPinned: { type: new GraphQLNonNull(GraphQLBoolean) },
    },
  })
  built.set(articleType, type)
  return type
}

/**
 * Types `Article.similarArticles` (a JSON field, so other articles' lists are written in one
 * statement) as `[SimilarArticle!]`: each row's article is loaded as Payload loads a relationship
 * in GraphQL (batched, depth 0, with the reader's access), and a row the reader may not see is left
 * out, and so is one that would spoil the reader (`dropSpoilingArticles`). REST keeps the stored shape, populated by `hooks/populateSimilarArticles.ts`.
 */
export function typeSimilarArticlesField(
  GraphQL: GraphQL,
  articleType: GraphQLModule.GraphQLObjectType,
  collectionSlug: string,
): void {
  const field = articleType.getFields().similarArticles
  if (!field) return
  const { GraphQLList, GraphQLNonNull } = GraphQL
  field.type = new GraphQLList(new GraphQLNonNull(similarArticleType(GraphQL, articleType)))
  field.resolve = async (
    parent: { similarArticles?: unknown },
    _args,
    { req }: { req: PayloadRequest },
  ) => {
    const rows = Array.isArray(parent.similarArticles) ? (parent.similarArticles as Row[]) : []
    const loaded = await Promise.all(
      rows.map(async (row) => {
        if (typeof row.article === 'object' && row.article !== null) return row
        const id = relationId(row.article)
        if (id === null) return null
        const article = await loadDocument(req, collectionSlug, id)
        return article ? { ...row, article } : null
      }),
    )
    // A reader reading within their progress is not recommended what would spoil them.
    return dropSpoilingArticles(
      loaded.filter((row) => row !== null),
      req.context.spoilerView,
    )
  }
}
