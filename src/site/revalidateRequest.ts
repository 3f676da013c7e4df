import { verifyWebhookSignature } from '../notifications/webhookSignature'

/** How old a signed delivery may be before `/revalidate` treats it as a replay. */
export const REVALIDATE_TOLERANCE_SECONDS = 300
const MAX_PATHS = 100

export type RevalidateCheck =
  { ok: true; paths: string[] } | { ok: false; status: 400 | 401 | 503; message: string }

type Input = {
  secret: string | undefined
  body: string
  timestamp: string | null
  signature: string | null
  /** Seconds since the epoch; a parameter so the replay window is testable. */
  now: number
}

// Site paths only: one leading slash (a second would make it protocol-relative), no dot segments.
const isSitePath = (path: unknown): path is string =>
  typeof path === 'string' &&
  path.startsWith('/') &&
  !path.startsWith('//') &&
  path.length <= 500 &&
  !path.split('/').some((segment) => segment === '..' || segment === '.')

/**
 * Checks a revalidation webhook: signed with the shared secret over `<timestamp>.<body>` (the
 * scheme of the workflow webhooks), recent, and a JSON event whose `paths` are site paths.
 */
export function checkRevalidateRequest(input: Input): RevalidateCheck {
  if (!input.secret) {
    return { ok: false, status: 503, message: 'REVALIDATE_SECRET is not set on this server.' }
  }
  const timestamp = Number(input.timestamp)
  if (!input.timestamp || !Number.isInteger(timestamp) || !input.signature) {
    return { ok: false, status: 401, message: 'Missing signature or timestamp header.' }
  }
  if (Math.abs(input.now - timestamp) > REVALIDATE_TOLERANCE_SECONDS) {
    return { ok: false, status: 401, message: 'The timestamp is too old (or in the future).' }
  }
  if (!verifyWebhookSignature(input.secret, timestamp, input.body, input.signature)) {
    return { ok: false, status: 401, message: 'The signature does not match the body.' }
  }
  let event: unknown
  try {
    event = JSON.parse(input.body)
  } catch {
    return { ok: false, status: 400, message: 'The body is not JSON.' }
  }
  const paths = (event as { paths?: unknown } | null)?.paths
  if (!Array.isArray(paths) || paths.length === 0 || paths.length > MAX_PATHS) {
    return { ok: false, status: 400, message: `paths must be a list of 1–${MAX_PATHS} site paths.` }
  }
  const bad = paths.find((path) => !isSitePath(path))
  if (bad !== undefined) {
    return { ok: false, status: 400, message: `Not a site path: ${JSON.stringify(bad)}.` }
  }
  return { ok: true, paths: [...new Set(paths as string[])] }
}
