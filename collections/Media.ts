import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isStaff } from '../access/isStaff'
import { answerMissingFiles } from '../hooks/answerMissingFiles'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { queueContentEvent } from '../hooks/queueContentEvent'
import { queueDeletedEvent } from '../hooks/queueDeletedEvent'
import { requireDocumentData } from '../hooks/requireDocumentData'
import type { Slugs } from '../src/options'
import { MEDIA_CARD } from '../src/delivery/cards'

/** Images for posters, hero images and scene stills. */
export function createMediaCollection(slugs: Slugs): CollectionConfig {
  const staticDir = path.resolve(process.env.MEDIA_DIR ?? 'data/media')
  return {
    slug: slugs.media,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: MEDIA_CARD,
    admin: { useAsTitle: 'alt', group: 'Content' },
    access: { read: anyone, create: isStaff, update: isStaff, delete: isEditorOrAdmin },
    hooks: {
      beforeOperation: [requireDocumentData],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes],
      afterChange: [queueContentEvent],
      beforeDelete: [queueDeletedEvent],
    },
    upload: {
      staticDir,
      handlers: [answerMissingFiles(staticDir)],
      mimeTypes: ['image/*'],
      imageSizes: [
        { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
        { name: 'card', width: 768, height: undefined },
      ],
      adminThumbnail: 'thumbnail',
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        maxLength: 300,
        admin: { description: 'Describe the image for readers who cannot see it.' },
      },
      { name: 'credit', type: 'text', maxLength: 200 },
    ],
  }
}
