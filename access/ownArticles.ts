import type { Where } from 'payload'

/**
 * The articles `userId` owns: as the primary byline (`author`) or as one of its `coAuthors`. Every
 * "own article" rule uses this one filter, so a co-author drafts, deletes and reads what the
 * primary author may. `prefix` reaches the same fields inside versions (`version.`).
 */
export function ownArticles(userId: number | string, prefix = ''): Where {
  return {
    or: [
      { [`${prefix}author`]: { equals: userId } },
      { [`${prefix}coAuthors`]: { equals: userId } },
    ],
  }
}
