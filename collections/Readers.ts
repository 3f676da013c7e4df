import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { fieldSelfOrAdmin } from '../access/fieldSelfOrAdmin'
import { readSelfOrStaffReaders } from '../access/readSelfOrStaffReaders'
import { updateSelfOrAdmin } from '../access/updateSelfOrAdmin'
import { answerRegisteredSignUp } from '../hooks/answerRegisteredSignUp'
import { enforcePasswordPolicy } from '../hooks/enforcePasswordPolicy'
import { equalizeLoginTime } from '../hooks/equalizeLoginTime'
import { hidePublicSignUpResult } from '../hooks/hidePublicSignUpResult'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { requireDocumentData } from '../hooks/requireDocumentData'
import { requirePasswordForEmailChange } from '../hooks/requirePasswordForEmailChange'
import { syncCommentAuthorNames } from '../hooks/syncCommentAuthorNames'
import { READER_CARD } from '../src/delivery/cards'
import { readerProgressEndpoints } from '../src/endpoints/saveReaderProgress'
import { authCookies } from '../src/http/authCookies'
import type { Slugs } from '../src/options'
import { currentPasswordField } from './fields/currentPasswordField'
import { sessionsField } from './fields/sessionsField'
import { watchedField } from './fields/watchedField'

/** Site readers: sign up, log in, comment. They never reach the admin panel. */
export function createReadersCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.readers,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: READER_CARD,
    // No lock (see Authors): failed logins are delayed per account, refused per address.
    auth: { maxLoginAttempts: 0, cookies: authCookies() },
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
      beforeOperation: [requireDocumentData, equalizeLoginTime, enforcePasswordPolicy],
      beforeValidate: [requirePasswordForEmailChange, rejectUnknownFields, rejectWrongTypes],
      afterChange: [syncCommentAuthorNames],
      // Sign-up answers the same whether or not the e-mail is registered.
      afterOperation: [hidePublicSignUpResult],
      afterError: [answerRegisteredSignUp],
    },
    endpoints: readerProgressEndpoints,
    fields: [
      { name: 'email', type: 'email', access: { read: fieldSelfOrAdmin('readers') } },
      { name: 'displayName', type: 'text', required: true, minLength: 2, maxLength: 60 },
      currentPasswordField,
      sessionsField('readers'),
      watchedField(slugs),
    ],
  }
}
