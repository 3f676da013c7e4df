import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isStaffRole, roleOf } from '../../../../access/roles'
import { PREVIEW_SLUG } from '../../../preview/previewPath'

/**
 * `GET /preview?slug=<slug>`: the admin's preview link and live preview land here. A staff login
 * (the admin's cookie, a JWT or an API key) turns on Next draft mode and goes to the article page,
 * which then reads the latest draft with that user's access. Anyone else gets a 403.
 */
export async function GET(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get('slug') ?? ''
  // Only a slug, never a URL: the redirect cannot be pointed at another site.
  if (!PREVIEW_SLUG.test(slug)) {
    return Response.json({ message: 'Give the article as ?slug=<article-slug>.' }, { status: 400 })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffRole(roleOf({ payload, user }))) {
    return Response.json(
      { message: 'Previews are for staff: log in to the admin first.' },
      { status: 403 },
    )
  }
  ;(await draftMode()).enable()
  redirect(`/articles/${slug}`)
}
