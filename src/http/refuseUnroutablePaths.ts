import type { RequestHandler } from 'express'
import type { Payload, CollectionSlug } from 'payload'

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) =>
  res.status(status).json({ errors: [{ message }] })

/** A path segment as Payload will see it, or null when its percent-encoding is malformed. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

function hasSchedules(payload: Payload): boolean {
  const { tasks = [], workflows = [] } = payload.config.jobs ?? {}
  return [...tasks, ...workflows].some((job) => (job.schedule?.length ?? 0) > 0)
}

/**
 * Paths Payload's REST handler answers with a 5xx, answered here with a 4xx before it sees them:
 * - `/api/__proto__`, `/api/constructor`, `/api/toString`: Payload looks the collection up in a
 *   plain object and finds Object's machinery (a 500);
 * - `/api/:collection/versions` on a collection without versions fails in the database;
 * - a collection without REST endpoints (the similarity index, the key-value store) gets a 501;
 * - `/api/:auth-collection/verify/:token` where e-mail verification is off queries a field that
 *   does not exist (a 500);
 * - a control character in the path (`/api/media/file/%00`) reaches the file system (a 500);
 * - `/api/payload-jobs/handle-schedules` with no scheduled task or workflow is a 500.
 */
export function refuseUnroutablePaths(payload: Payload): RequestHandler {
  return (req, res, next) => {
    const segments = req.path.split('/').filter(Boolean)
    // eslint-disable-next-line no-control-regex -- the point is to find them
    if (segments.some((segment) => /[\u0000-\u001f\u007f]/.test(decoded(segment) ?? ''))) {
      return refuse(res, 400, 'The path contains a control character.')
    }
    const [first, second] = segments[0] === 'globals' ? segments.slice(1) : segments
    if (first === undefined) return next()
    if (first in Object.prototype || first === '__proto__') {
      return refuse(res, 404, `Route not found "${req.path}".`)
    }
    const collection = Object.hasOwn(payload.collections, first)
      ? payload.collections[first as CollectionSlug]
      : undefined
    if (!collection || segments[0] === 'globals') return next()
    const { config } = collection
    if (config.endpoints === false) return refuse(res, 404, `Route not found "${req.path}".`)
    if (second === 'versions' && !config.versions) {
      return refuse(res, 404, `${first} keeps no versions.`)
    }
    if (second === 'verify' && config.auth && !config.auth.verify) {
      return refuse(res, 404, `${first} accounts need no e-mail verification.`)
    }
    if (first === 'payload-jobs' && second === 'handle-schedules' && !hasSchedules(payload)) {
      return refuse(res, 404, 'No job runs on a schedule here.')
    }
    next()
  }
}
