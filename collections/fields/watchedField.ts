import type { ArrayField, NumberFieldSingleValidation } from 'payload'

import { fieldSelfOrAdmin } from '../../access/fieldSelfOrAdmin'
import { acceptDramaSlug } from '../../hooks/acceptDramaSlug'
import type { Slugs } from '../../src/options'
import { getOptions } from '../../src/options'
import { relationId } from '../../src/relationId'

// An episode the drama actually has: progress beyond the end would unlock nothing and hide typos.
const validateEpisode: NumberFieldSingleValidation = async (value, { req, siblingData }) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    return 'Give the last episode watched as a whole number (0 for not started).'
  }
  const dramaId = relationId((siblingData as { drama?: unknown }).drama)
  if (dramaId === null) return true
  const { slugs } = getOptions(req)
  const drama = await req.payload
    .findByID({ collection: slugs.dramas, id: dramaId, depth: 0, req, disableErrors: true })
    .catch(() => null)
  if (drama && typeof drama.episodes === 'number' && value > drama.episodes) {
    return `${drama.title} has ${drama.episodes} episodes, not ${value}.`
  }
  return true
}

/**
 * A reader's progress: the last episode watched of each drama. Article reads over REST and GraphQL
 * withhold spoiler sections beyond it. Private to the reader (and admins). A drama may be given by
 * slug; `PUT /api/readers/me/watched/:drama` sets one drama at a time.
 */
export function watchedField(slugs: Slugs): ArrayField {
  return {
    name: 'watched',
    type: 'array',
    access: { read: fieldSelfOrAdmin('readers') },
    admin: { description: 'The last episode watched, per drama: spoilers beyond it stay hidden.' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'drama',
            type: 'relationship',
            relationTo: slugs.dramas,
            required: true,
            // The drama's slug is accepted too, as in `?watched[<slug>]=…`.
            hooks: { beforeValidate: [acceptDramaSlug] },
          },
          { name: 'episode', type: 'number', required: true, min: 0, validate: validateEpisode },
        ],
      },
    ],
  }
}
