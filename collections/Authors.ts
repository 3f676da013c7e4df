import type { CollectionConfig, Field } from 'payload'

import { anyone } from '../access/anyone'
import { fieldAdminOnly } from '../access/fieldAdminOnly'
import { fieldSelfOrAdmin } from '../access/fieldSelfOrAdmin'
import { fieldStaffOnly } from '../access/fieldStaffOnly'
import { isAdmin } from '../access/isAdmin'
import { isStaffRole, roleOf, STAFF_ROLES } from '../access/roles'
import { updateSelfOrAdmin } from '../access/updateSelfOrAdmin'
import { equalizeLoginTime } from '../hooks/equalizeLoginTime'
import { makeFirstStaffAdmin } from '../hooks/makeFirstStaffAdmin'
import { preventRoleEscalation } from '../hooks/preventRoleEscalation'
import { enforcePasswordPolicy } from '../hooks/enforcePasswordPolicy'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { queueContentEvent } from '../hooks/queueContentEvent'
import { queueDeletedEvent } from '../hooks/queueDeletedEvent'
import { requireDocumentData } from '../hooks/requireDocumentData'
import { authCookies } from '../src/http/authCookies'
import { requirePasswordForEmailChange } from '../hooks/requirePasswordForEmailChange'
import type { Slugs } from '../src/options'
import { currentPasswordField } from './fields/currentPasswordField'
import { sessionsField } from './fields/sessionsField'
import { validateUrl } from './fields/validateUrl'
import { AUTHOR_CARD } from '../src/delivery/cards'

/** Staff accounts (admin, editor, author) that sign in to the admin, with their public profiles. */
export function createAuthorsCollection(slugs: Slugs): CollectionConfig {
  const dramaList = (name: string, label: string): Field => ({
    name,
    label,
    type: 'relationship',
    relationTo: slugs.dramas,
    hasMany: true,
  })
  return {
    slug: slugs.authors,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: AUTHOR_CARD,
    labels: { singular: 'Staff member', plural: 'Staff' },
    // No lock: anyone could lock any account with wrong passwords. Failed logins are delayed per
    // account and refused per address instead (src/http/rateLimits.ts). API keys let a server-side
    // frontend read drafts as a staff member without a password; the key's user is this account.
    auth: { maxLoginAttempts: 0, useAPIKey: true, cookies: authCookies() },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'handle', 'role', 'email'],
      group: 'People',
      // Authors edit their own profile from the account page; the staff list is for editors and admins.
      hidden: ({ user }) => (user as { role?: string } | null)?.role === 'author',
    },
    access: {
      admin: ({ req }) => isStaffRole(roleOf(req)),
      create: isAdmin,
      read: anyone,
      update: updateSelfOrAdmin('authors'),
      delete: isAdmin,
      unlock: isAdmin,
    },
    hooks: {
      beforeOperation: [requireDocumentData, equalizeLoginTime, enforcePasswordPolicy],
      beforeValidate: [
        requirePasswordForEmailChange,
        rejectUnknownFields,
        rejectWrongTypes,
        makeFirstStaffAdmin,
      ],
      afterChange: [queueContentEvent],
      beforeDelete: [queueDeletedEvent],
    },
    fields: [
      { name: 'email', type: 'email', access: { read: fieldSelfOrAdmin('authors') } },
      // Merged into Payload's own API-key checkbox: who has a key is the account's business.
      {
        name: 'enableAPIKey',
        type: 'checkbox',
        access: { read: fieldSelfOrAdmin('authors') },
      },
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      {
        name: 'handle',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        // A custom validator replaces Payload's, `required` check included.
        validate: (value: null | string | undefined) =>
          !value
            ? 'A handle is required.'
            : /^[a-z0-9_]{2,32}$/.test(value) || 'Use 2–32 lower-case letters, digits or _.',
      },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'author',
        options: [...STAFF_ROLES],
        saveToJWT: true,
        access: { read: fieldStaffOnly, update: fieldAdminOnly },
        hooks: { beforeValidate: [preventRoleEscalation] },
        admin: {
          position: 'sidebar',
          // Not on "create first user" (nobody logged in): the first account is always the admin
          // (`makeFirstStaffAdmin`), so there is no role to choose there, and none to leave empty.
          condition: (_data, _siblingData, { user }) => Boolean(user),
        },
      },
      { name: 'bio', type: 'textarea', maxLength: 2000 },
      { name: 'avatar', type: 'upload', relationTo: slugs.media },
      {
        name: 'socials',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'platform',
                type: 'select',
                required: true,
                options: ['twitter', 'instagram', 'tiktok', 'youtube', 'website'],
              },
              { name: 'url', type: 'text', required: true, validate: validateUrl },
            ],
          },
        ],
      },
      dramaList('currentlyWatching', 'Currently watching'),
      dramaList('lookingForwardTo', 'Looking forward to'),
      dramaList('favourites', 'All-time favourite dramas'),
      currentPasswordField,
      sessionsField('authors'),
    ],
  }
}
