import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isStaff } from '../access/isStaff'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { queueContentEvent } from '../hooks/queueContentEvent'
import { queueDeletedEvent } from '../hooks/queueDeletedEvent'
import { requireDocumentData } from '../hooks/requireDocumentData'
import type { Slugs } from '../src/options'
import { slugField } from './fields/slugField'
import { PERSON_CARD } from '../src/delivery/cards'

/** Actors, directors and writers: the people articles and casts refer to. */
export function createPeopleCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.people,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: PERSON_CARD,
    labels: { singular: 'Person', plural: 'People' },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'nativeName', 'birthDate'],
      group: 'Dramas',
    },
    access: { read: anyone, create: isStaff, update: isStaff, delete: isEditorOrAdmin },
    hooks: {
      beforeOperation: [requireDocumentData],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes],
      afterChange: [queueContentEvent],
      beforeDelete: [queueDeletedEvent],
    },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      slugField('name'),
      { name: 'nativeName', type: 'text', maxLength: 120, admin: { description: 'e.g. 박서준' } },
      {
        type: 'row',
        fields: [
          { name: 'birthDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          { name: 'birthPlace', type: 'text', maxLength: 120 },
        ],
      },
      { name: 'bio', type: 'textarea', maxLength: 2000 },
      { name: 'photo', type: 'upload', relationTo: slugs.media },
    ],
  }
}
