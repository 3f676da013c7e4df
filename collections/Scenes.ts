import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isStaff } from '../access/isStaff'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { queueContentEvent } from '../hooks/queueContentEvent'
import { queueDeletedEvent } from '../hooks/queueDeletedEvent'
import { requireDocumentData } from '../hooks/requireDocumentData'
import { resolveSpoilerViewOnSceneRead } from '../hooks/resolveSpoilerViewOnSceneRead'
import { validateSceneAgainstDrama } from '../hooks/validateSceneAgainstDrama'
import { withholdSceneDescriptions } from '../hooks/withholdSceneDescriptions'
import type { Slugs } from '../src/options'
import { SCENE_CARD } from '../src/delivery/cards'

export const SCENE_KINDS = [
  'kiss',
  'confession',
  'proposal',
  'reunion',
  'breakup',
  'reveal',
  'other',
]

/** A moment of a drama ("Beer kiss", episode 9): what listicle items point at. */
export function createScenesCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.scenes,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: SCENE_CARD,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'drama', 'episode', 'kind'],
      group: 'Dramas',
    },
    access: { read: anyone, create: isStaff, update: isStaff, delete: isEditorOrAdmin },
    hooks: {
      beforeOperation: [requireDocumentData, resolveSpoilerViewOnSceneRead],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes],
      beforeChange: [validateSceneAgainstDrama],
      afterRead: [withholdSceneDescriptions],
      afterChange: [queueContentEvent],
      beforeDelete: [queueDeletedEvent],
    },
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 200 },
      {
        type: 'row',
        fields: [
          { name: 'drama', type: 'relationship', relationTo: slugs.dramas, required: true },
          {
            name: 'episode',
            type: 'number',
            required: true,
            min: 1,
            admin: { description: "Between 1 and the drama's episode count." },
          },
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'other',
            options: SCENE_KINDS,
          },
        ],
      },
      {
        name: 'characters',
        type: 'text',
        hasMany: true,
        maxLength: 120,
        admin: { description: "Character names from the drama's cast, e.g. Kim Mi So." },
      },
      { name: 'description', type: 'textarea', maxLength: 4000 },
      { name: 'media', type: 'upload', relationTo: slugs.media },
      {
        // Filled on reads only: the reader's progress left the description out.
        name: 'withheld',
        type: 'checkbox',
        virtual: true,
        admin: { hidden: true },
      },
    ],
  }
}
