import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isStaff } from '../access/isStaff'
import { forgetSpoilerCatalog } from '../hooks/forgetSpoilerCatalog'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { queueContentEvent } from '../hooks/queueContentEvent'
import { queueDeletedEvent } from '../hooks/queueDeletedEvent'
import { requireDocumentData } from '../hooks/requireDocumentData'
import type { Slugs } from '../src/options'
import { slugField } from './fields/slugField'
import { validateUrl } from './fields/validateUrl'
import { DRAMA_CARD } from '../src/delivery/cards'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** TV dramas: what articles, scenes and spoiler tags are about. */
export function createDramasCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.dramas,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: DRAMA_CARD,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'network', 'year', 'episodes', 'status'],
      group: 'Dramas',
    },
    access: { read: anyone, create: isStaff, update: isStaff, delete: isEditorOrAdmin },
    hooks: {
      beforeOperation: [requireDocumentData],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes],
      afterChange: [forgetSpoilerCatalog, queueContentEvent],
      beforeDelete: [queueDeletedEvent],
      afterDelete: [forgetSpoilerCatalog],
    },
    fields: [
      { name: 'title', type: 'text', required: true, unique: true, maxLength: 200 },
      slugField('title'),
      {
        name: 'aliases',
        type: 'text',
        hasMany: true,
        maxLength: 200,
        admin: {
          description: 'Other titles: alternate English titles, short forms, romanised title.',
        },
      },
      {
        type: 'row',
        fields: [
          { name: 'network', type: 'text', maxLength: 80 },
          { name: 'year', type: 'number', min: 1950, max: 2100 },
          { name: 'episodes', type: 'number', required: true, min: 1, max: 500 },
          {
            name: 'status',
            type: 'select',
            defaultValue: 'finished',
            options: ['upcoming', 'airing', 'finished'],
          },
        ],
      },
      {
        name: 'schedule',
        type: 'group',
        admin: { description: 'e.g. Wednesdays and Thursdays at 9:30 p.m. KST' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'days', type: 'select', hasMany: true, options: DAYS },
              {
                name: 'time',
                type: 'text',
                admin: { placeholder: '21:30' },
                validate: (value: null | string | undefined) =>
                  !value ||
                  /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ||
                  'Use 24-hour HH:MM, e.g. 21:30.',
              },
              { name: 'timezone', type: 'text', defaultValue: 'Asia/Seoul' },
            ],
          },
        ],
      },
      {
        name: 'synopsis',
        type: 'textarea',
        maxLength: 4000,
        admin: { description: 'The premise.' },
      },
      {
        name: 'cast',
        type: 'array',
        admin: { initCollapsed: true },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'person', type: 'relationship', relationTo: slugs.people, required: true },
              { name: 'character', type: 'text', required: true, maxLength: 120 },
              {
                name: 'billing',
                type: 'select',
                defaultValue: 'lead',
                options: ['lead', 'supporting', 'cameo'],
              },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'directors', type: 'relationship', relationTo: slugs.people, hasMany: true },
          { name: 'writers', type: 'relationship', relationTo: slugs.people, hasMany: true },
        ],
      },
      {
        name: 'basedOn',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                options: ['webtoon', 'novel', 'web novel', 'film', 'drama'],
              },
              { name: 'title', type: 'text', maxLength: 200 },
            ],
          },
        ],
      },
      {
        name: 'whereToWatch',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'platform', type: 'text', required: true, maxLength: 80 },
              { name: 'url', type: 'text', required: true, validate: validateUrl },
            ],
          },
        ],
      },
      { name: 'poster', type: 'upload', relationTo: slugs.media },
    ],
  }
}
