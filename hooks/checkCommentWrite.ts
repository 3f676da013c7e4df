import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { isEditorRole, isSystemCall, roleOf } from '../access/roles'
import type { Slugs } from '../src/options'
import { getOptions } from '../src/options'
import { relationId } from '../src/relationId'

/**
 * A comment belongs to the reader who is logged in, sits on a published article, and only moderators
 * set its status. Each violation is refused with a message rather than silently corrected.
 */
export const checkCommentWrite: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  // Readers' reports move a comment back to the queue (src/moderationGlue/applyReports.ts).
  const isModerator =
    isEditorRole(roleOf(req)) || isSystemCall(req) || Boolean(req.context.isReportModeration)
  const { slugs } = getOptions(req)

  if ('status' in data && !data.status) {
    throw new APIError('A comment needs a status: pending, approved, rejected or spam.', 400)
  }
  if (typeof data.body === 'string') data.body = data.body.trim()
  if ('body' in data && !data.body) throw new APIError('A comment cannot be empty.', 400)

  if (operation === 'create') {
    if (roleOf(req) === 'reader') {
      const given = relationId(data.reader)
      if (given !== null && String(given) !== String(req.user!.id)) {
        throw new APIError('A comment is always posted as the logged-in reader.', 403)
      }
      data.reader = req.user!.id
    }
    await assertPublishedArticle(req, slugs.articles, data.article)
  } else if (
    'article' in data &&
    String(relationId(data.article)) !== String(relationId(originalDoc?.article))
  ) {
    throw new APIError('A comment cannot be moved to another article.', 400)
  }

  if (!isModerator) {
    const current = originalDoc?.status ?? 'pending'
    if ('status' in data && data.status !== current) {
      throw new APIError('Only editors can change the status of a comment.', 403)
    }
    if (
      operation === 'update' &&
      'reader' in data &&
      String(relationId(data.reader)) !== String(req.user!.id)
    ) {
      throw new APIError('A comment is always posted as the logged-in reader.', 403)
    }
    // An edited comment goes back to moderation so approval cannot be used to smuggle in new text.
    if (operation === 'update' && 'body' in data && data.body !== originalDoc?.body)
      data.status = 'pending'
  }

  const parentId = relationId(data.parent)
  if (parentId !== null) {
    const parent = await req.payload
      .findByID({ collection: slugs.comments, id: parentId, depth: 0, req, disableErrors: true })
      .catch(() => null)
    const articleId = relationId(data.article ?? originalDoc?.article)
    if (!parent || String(relationId(parent.article)) !== String(articleId)) {
      throw new APIError('A reply must answer a comment on the same article.', 400)
    }
  }
  return data
}

async function assertPublishedArticle(
  req: Parameters<CollectionBeforeValidateHook>[0]['req'],
  articles: Slugs['articles'],
  value: unknown,
): Promise<void> {
  const id = relationId(value)
  if (id === null) throw new APIError('A comment needs an article.', 400)
  const article = await req.payload
    .findByID({ collection: articles, id, depth: 0, draft: false, req, disableErrors: true })
    .catch(() => null)
  if (!article) throw new APIError(`Article ${id} does not exist.`, 400)
  if (article._status !== 'published') {
    throw new APIError('Comments are open only on published articles.', 400)
  }
}
