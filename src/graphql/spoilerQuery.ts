import type { GraphQLExtension, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { getOptions, getOptionsFromConfig } from '../options'
import type { SpoilerArgs } from '../spoilerGlue/requestView'
import { viewOfRequest } from '../spoilerGlue/requestView'
import { spoilerSafeArticleComplexity } from './complexity'
import { spoilerArgs } from './spoilerArgs'

type Args = SpoilerArgs & {
  id?: number | string | null
  slug?: string | null
}

/**
 * One published article as the caller may read it, with the spoiler view decided from the arguments
 * and a logged-in reader's saved progress (the same rules as REST's `?watched[…]` and `?spoilers`).
 */
export async function readSpoilerSafeArticle(req: PayloadRequest, args: Args) {
  if (Boolean(args.id) === Boolean(args.slug)) {
    throw new APIError("Give either the article's id or its slug.", 400)
  }
  // Set for the whole request: the article's related documents resolve later, under the same view.
  // Assigned after the await: a nested Local API call replaces the `req.context` object.
  const view = await viewOfRequest(req, args)
  req.context.spoilerView = view
  const { docs } = await req.payload.find({
    collection: getOptions(req).slugs.articles,
    where: args.id ? { id: { equals: args.id } } : { slug: { equals: args.slug } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return docs[0] ?? null
}

/**
 * `spoilerSafeArticle(id | slug, watched: [{ drama, episode }], spoilers: hide | show,
 * previewAsReader)`: the article type Payload generates, with withheld sections replaced by
 * placeholders.
 */
export const spoilerQueries: GraphQLExtension = (GraphQL, context) => {
  const { slugs } = getOptionsFromConfig(context.config)
  const articleType = context.collections[slugs.articles]?.graphQL?.type
  if (!articleType) return {}
  const { GraphQLString, getNullableType } = GraphQL
  return {
    [`spoilerSafe${articleType.name}`]: {
      type: articleType,
      args: {
        id: { type: getNullableType(articleType.getFields().id!.type) },
        slug: { type: GraphQLString },
        ...spoilerArgs(GraphQL),
      },
      extensions: { complexity: spoilerSafeArticleComplexity },
      resolve: (_source: unknown, args: Args, { req }: { req: PayloadRequest }) =>
        readSpoilerSafeArticle(req, args),
    },
  }
}
