import type { Field } from 'payload'

import type { Slugs } from '../../src/options'

/**
 * A comment's spoiler flag, so frontends can blur it. `spoiler` is what they read: the writer's own
 * mark or the detector's verdict (the detector only adds the flag). Writers set `spoiler: true` to
 * mark their comment and `false` to take their mark back; the other fields are derived by
 * `tagCommentSpoilers` and whatever a client sends for them is ignored.
 */
export function commentSpoilerFields(slugs: Slugs): Field[] {
  const derived = { readOnly: true, position: 'sidebar' } as const
  return [
    {
      name: 'spoiler',
      type: 'checkbox',
      admin: {
        position: 'sidebar',
        description: 'Blur this comment: marked by its writer or flagged by the spoiler detector.',
      },
    },
    { name: 'markedSpoiler', label: 'Marked by its writer', type: 'checkbox', admin: derived },
    { name: 'spoilerDetected', label: 'Flagged by the detector', type: 'checkbox', admin: derived },
    { name: 'spoilerDrama', type: 'relationship', relationTo: slugs.dramas, admin: derived },
    { name: 'spoilerEpisode', type: 'number', admin: derived },
    { name: 'spoilerReasons', type: 'text', hasMany: true, admin: derived },
  ]
}
