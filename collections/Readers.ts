import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { fieldSelfOrAdmin } from '../access/fieldSelfOrAdmin'
import { readSelfOrStaffReaders } from '../access/readSelfOrStaffReaders'
import { updateSelfOrAdmin } from '../access/updateSelfOrAdmin'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { requireDocumentData } from '../hooks/requireDocumentData'
import type { Slugs } from '../src/options'
import { sessionsField } from './fields/sessionsField'
import { watchedField } from './fields/watchedField'
import { READER_CARD } from '../src/delivery/cards'

/** Site readers: sign up, log in, comment. They never reach the admin panel. */
export function createReadersCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.readers,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: READER_CARD,
    auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
    admin: {
      useAsTitle: 'displayName',
      defaultColumns: ['displayName', 'createdAt'],
      group: 'People',
    },
    access: {
      admin: () => false,
      create: anyone,
      read: readSelfOrStaffReaders,
      update: updateSelfOrAdmin('readers'),
      delete: updateSelfOrAdmin('readers'),
    },
    hooks: {
      beforeOperation: [requireDocumentData],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes],
    },
    fields: [
      { name: 'email', type: 'email', access: { read: fieldSelfOrAdmin('readers') } },
      { name: 'displayName', type: 'text', required: true, minLength: 2, maxLength: 60 },
      sessionsField('readers'),
      watchedField(slugs),
    ],
  }
}
