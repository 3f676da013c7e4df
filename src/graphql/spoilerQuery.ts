import type { GraphQLExtension, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isStaffRole, roleOf } from '../../access/roles'
import { getOptions, getOptionsFromConfig } from '../options'
import { getDramaCatalog } from '../spoilerGlue/dramaCatalog'
import type { SavedProgress, WatchedEntry } from '../spoilerGlue/readerProgress'
import { resolveSpoilerView, SPOILER_MODES } from '../spoilerGlue/readerProgress'
import { spoilerSafeArticleComplexity } from './complexity'

type Args = {
  id?: number | string | null
  slug?: string | null
  watched?: WatchedEntry[] | null
  spoilers?: string | null
}

/**
 * One published article as the caller may read it, with the spoiler view decided from the arguments
 * and a logged-in reader's saved progress (the same rules as REST's `?watched[…]` and `?spoilers`).
 */
export async function readSpoilerSafeArticle(req: PayloadRequest, args: Args) {
  if (Boolean(args.id) === Boolean(args.slug)) {
    throw new APIError("Give either the article's id or its slug.", 400)
  }
  const role = roleOf(req)
  const saved = role === 'reader' ? (req.user as { watched?: SavedProgress }).watched : []
  const catalog = await getDramaCatalog(req)
  // Set for the whole request: the article's related documents resolve later, under the same view.
  // Assigned after the await: a nested Local API call replaces the `req.context` object.
  req.context.spoilerView = resolveSpoilerView({
    catalog,
    watched: args.watched ?? [],
    spoilers: args.spoilers ?? null,
    saved,
    isStaff: isStaffRole(role),
  })
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
 * `spoilerSafeArticle(id | slug, watched: [{ drama, episode }], spoilers: hide | show)`: the
 * article type Payload generates, with withheld sections replaced by placeholders.
 */
export const spoilerQueries: GraphQLExtension = (GraphQL, context) => {
  const { slugs } = getOptionsFromConfig(context.config)
  const articleType = context.collections[slugs.articles]?.graphQL?.type
  if (!articleType) return {}
  const {
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLString,
    getNullableType,
  } = GraphQL
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
    [`spoilerSafe${articleType.name}`]: {
      type: articleType,
      args: {
        id: { type: getNullableType(articleType.getFields().id!.type) },
        slug: { type: GraphQLString },
        watched: { type: new GraphQLList(new GraphQLNonNull(watchedInput)) },
        spoilers: { type: mode, description: 'hide: every spoiler section; show: none.' },
      },
      extensions: { complexity: spoilerSafeArticleComplexity },
      resolve: (_source: unknown, args: Args, { req }: { req: PayloadRequest }) =>
        readSpoilerSafeArticle(req, args),
    },
  }
}
