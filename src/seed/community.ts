import type { Payload } from 'payload'

import type { Slugs } from '../options'
import { comments } from './data/comments'

type Id = number | string
type User = Record<string, unknown> & { id: Id; collection: string }

export type CommunityRefs = {
  slugs: Slugs
  readers: User[]
  moderator: User
  articleIds: Map<string, Id>
}

/**
 * Reader activity on the demo articles: comments in every moderation state (written by readers,
 * then moderated by an editor, as on the site), a reader's report, and reactions. Only on a first seed: a rerun would duplicate what readers wrote.
 */
export async function seedCommunity(
  payload: Payload,
  refs: CommunityRefs,
  step: (label: string) => void,
): Promise<void> {
  const already = await payload.count({ collection: refs.slugs.comments })
  if (already.totalDocs > 0) return
  for (const comment of comments) {
    const article = refs.articleIds.get(comment.article)
    const reader = refs.readers[comment.reader]
    if (article === undefined || !reader) continue
    const doc = await payload.create({
      collection: refs.slugs.comments,
      data: { article, body: comment.body } as never,
      user: reader,
      overrideAccess: false,
      depth: 0,
      context: { disableRevalidate: true },
    })
    if (comment.status !== 'pending') {
      await payload.update({
        collection: refs.slugs.comments,
        id: doc.id,
        data: { status: comment.status } as never,
        user: refs.moderator,
        overrideAccess: false,
        depth: 0,
        context: { disableRevalidate: true },
      })
    }
    for (const reporter of comment.reportedBy ?? []) {
      await payload.create({
        collection: refs.slugs.commentReports,
        data: { comment: doc.id, reason: 'spoiler' } as never,
        user: refs.readers[reporter],
        overrideAccess: false,
        depth: 0,
        context: { disableRevalidate: true },
      })
    }
  }
  step(`${comments.length} comments (pending, approved, rejected, spam)`)
  await seedReactions(payload, refs, step)
}

async function seedReactions(
  payload: Payload,
  refs: CommunityRefs,
  step: (label: string) => void,
): Promise<void> {
  const collection = payload.collections[refs.slugs.reactions]
  if (!collection) return
  const field = collection.config.flattenedFields.find((f) => f.name === 'reaction')
  const options = (field && 'options' in field ? field.options : []).map((option) =>
    typeof option === 'string' ? option : option.value,
  )
  if (options.length === 0) return
  let count = 0
  // Readers react to what they can read: the live articles.
  const { docs } = await payload.find({
    collection: refs.slugs.articles,
    where: { id: { in: [...refs.articleIds.values()] }, _status: { equals: 'published' } },
    select: {},
    depth: 0,
    pagination: false,
  })
  const articles = docs.map((doc) => doc.id)
  for (const [a, article] of articles.entries()) {
    for (const [r, reader] of refs.readers.entries()) {
      // A spread of reactions rather than one per reader on every article.
      if ((a + r) % 3 === 2) continue
      await payload.create({
        collection: refs.slugs.reactions,
        data: { article, reaction: options[(a * 2 + r) % options.length] } as never,
        user: reader,
        overrideAccess: false,
        depth: 0,
        context: { disableRevalidate: true },
      })
      count += 1
    }
  }
  step(`${count} reactions`)
}
