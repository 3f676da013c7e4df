import type { Payload } from 'payload'

import type { HostileRequest, Role } from './battery'
import type { Targets } from './hostileRequests'

// The values Payload's own field hooks and the adapter failed on when they met the wrong kind of
// field (a null group or list of rows, a list for one relationship, an empty date): each is sent to
// every field, where the random battery reaches only some fields with some of them.
const SHAPES: unknown[] = [null, [], '', {}, [null], 'NaN']

/** Where each collection's sweep writes: the document updated and who updates it. */
const WRITERS: Array<[slug: string, target: keyof Targets, role: Role]> = [
  ['articles', 'draftArticle', 'editor'],
  ['dramas', 'drama', 'editor'],
  ['scenes', 'scene', 'editor'],
  ['people', 'person', 'editor'],
  ['comments', 'comment', 'editor'],
  ['authors', 'author', 'author'],
  ['readers', 'reader', 'reader'],
]

/** Every top-level field of the collections above, updated with every one of `SHAPES`. */
export function shapeSweep(payload: Payload, targets: Targets): HostileRequest[] {
  const requests: HostileRequest[] = []
  for (const [slug, target, role] of WRITERS) {
    const collection = payload.collections[slug as keyof typeof payload.collections]
    for (const field of collection.config.flattenedFields) {
      if (['id', 'createdAt', 'updatedAt'].includes(field.name)) continue
      for (const value of SHAPES) {
        requests.push({
          label: `shape ${slug}.${field.name} = ${JSON.stringify(value)}`,
          role,
          method: 'PATCH',
          path: `/api/${slug}/${targets[target]}`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ [field.name]: value }),
          isWrite: true,
        })
      }
    }
  }
  return requests
}
