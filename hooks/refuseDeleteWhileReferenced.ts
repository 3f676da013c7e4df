import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'
import { APIError } from 'payload'

import { getOptions } from '../src/options'
import { findRequiredReferences } from '../src/inputGuards/requiredReferences'

/**
 * Deleting a document that another one requires (a drama with scenes, an article with comments, a
 * person in a drama's cast) fails in the database on the NOT NULL column its foreign key would
 * clear: a 500, and on SQLite without transactions a half-done delete. Refuse it first with a 409
 * that says what still points at it. The plugin's own bookkeeping (workflow history, similarity
 * index) is cleaned up by its own hooks and is not counted.
 */
export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const { slugs } = getOptions(req)
  const internal = new Set<string>([
    slugs.workflowEvents,
    // An article's notes go with it (deleteArticleNotes).
    slugs.editorialNotes,
    // Reactions and reports go with their article or comment (their own cascade hooks).
    slugs.reactions,
    slugs.commentReports,
    slugs.similarityEntries,
    slugs.similarityPostings,
    slugs.similarityStats,
  ])
  const holders = Object.values(req.payload.collections)
    .filter(({ config }) => !internal.has(config.slug) && !config.slug.startsWith('payload-'))
    .map(({ config }) => ({ slug: config.slug, fields: config.flattenedFields }))
  for (const reference of findRequiredReferences(collection.slug, holders)) {
    const { totalDocs } = await req.payload.count({
      collection: reference.collection as CollectionSlug,
      where: { [reference.path]: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      throw new APIError(
        `This ${collection.slug} document is still required by ${totalDocs} ${reference.collection} (${reference.path}): delete or change those first.`,
        409,
      )
    }
  }
}
