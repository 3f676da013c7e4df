import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'

import { isStaffRole, roleOf } from '../../../../access/roles'
import { getOptionsFromConfig } from '../../../options'
import type { ArticleDoc } from './types'

/**
 * The article for the page, through the Local API with the caller's access (`overrideAccess:
 * false`): the server component runs in the CMS process, so there is no HTTP hop and no token to
 * keep. Normally the published version as the public sees it (the page is cached and shared); in
 * draft mode, entered through /preview, the latest draft with the staff user's own access.
 */
export async function loadArticle(
  slug: string,
): Promise<{ article: ArticleDoc | null; isDraft: boolean }> {
  const payload = await getPayload({ config })
  const { slugs } = getOptionsFromConfig(payload.config)
  const { isEnabled } = await draftMode()
  // Only in draft mode: reading the request's headers makes the render dynamic, skipping the cache.
  const user = isEnabled ? (await payload.auth({ headers: await headers() })).user : null
  const isDraft = isEnabled && isStaffRole(roleOf({ payload, user }))
  const { docs } = await payload.find({
    collection: slugs.articles,
    where: { slug: { equals: slug } },
    depth: 2,
    limit: 1,
    pagination: false,
    draft: isDraft,
    overrideAccess: false,
    user: isDraft ? user : null,
    // Related articles (similar, see also) need only what a link shows.
    populate: { [slugs.articles]: { title: true, slug: true, excerpt: true } },
  })
  return { article: (docs[0] as unknown as ArticleDoc | undefined) ?? null, isDraft }
}
