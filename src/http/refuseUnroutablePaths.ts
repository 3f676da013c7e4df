import type { RequestHandler } from 'express'
import type { Payload, CollectionSlug } from 'payload'

const refuse = (res: Parameters<RequestHandler>[1], message: string) =>
  res.status(404).json({ errors: [{ message }] })

/**
 * Payload looks the first segment of `/api/:collection/…` up in a plain object, so
 * `/api/__proto__`, `/api/constructor` or `/api/toString` find Object's machinery and crash the
 * handler (a 500); and `/api/:collection/versions` on a collection without versions fails in the
 * database. Answer both with a 404 before Payload sees them.
 */
export function refuseUnroutablePaths(payload: Payload): RequestHandler {
  return (req, res, next) => {
    const segments = req.path.split('/').filter(Boolean)
    const [first, second] = segments[0] === 'globals' ? segments.slice(1) : segments
    if (first === undefined) return next()
    if (first in Object.prototype || first === '__proto__') {
      return refuse(res, `Route not found "${req.path}".`)
    }
    const collection = Object.hasOwn(payload.collections, first)
      ? payload.collections[first as CollectionSlug]
      : undefined
    if (collection && second === 'versions' && !collection.config.versions) {
      return refuse(res, `${first} keeps no versions.`)
    }
    next()
  }
}
