import { revalidatePath } from 'next/cache'

import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../notifications/webhookSignature'
import { checkRevalidateRequest } from '../../../site/revalidateRequest'

/**
 * `POST /revalidate`: a signed revalidation event (`{ paths: ['/articles/<slug>', '/'] , … }`)
 * purges those pages from Next's cache. Signed like the workflow webhooks, with REVALIDATE_SECRET.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  const check = checkRevalidateRequest({
    secret: process.env.REVALIDATE_SECRET,
    body,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    now: Math.floor(Date.now() / 1000),
  })
  if (!check.ok) return Response.json({ message: check.message }, { status: check.status })
  for (const path of check.paths) revalidatePath(path)
  return Response.json({ revalidated: check.paths })
}
