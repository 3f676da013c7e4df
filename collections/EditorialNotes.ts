import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isStaff } from '../access/isStaff'
import { readNotesOnReadableArticles } from '../access/readNotesOnReadableArticles'
import { checkNoteTarget } from '../hooks/checkNoteTarget'
import { deriveNoteMentions } from '../hooks/deriveNoteMentions'
import { queueMentionEmails } from '../hooks/queueMentionEmails'
import { refuseOthersNoteEdits } from '../hooks/refuseOthersNoteEdits'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { setNoteAuthor } from '../hooks/setNoteAuthor'
import type { Slugs } from '../src/options'

/**
 * Staff-only threaded notes on an article, optionally anchored to a section or listicle item, with
 * @mentions that e-mail the people named and a resolved flag. Anyone who can read a note may reply,
 * resolve or reopen it; only its author (or an editor) may reword it; editors may delete.
 */
export function createEditorialNotesCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.editorialNotes,
    labels: { singular: 'Editorial note', plural: 'Editorial notes' },
    admin: {
      group: 'Content',
      useAsTitle: 'body',
      defaultColumns: ['body', 'article', 'author', 'resolved', 'createdAt'],
      hidden: ({ user }) => !['admin', 'editor', 'author'].includes(String(user?.role)),
    },
    access: {
      read: readNotesOnReadableArticles,
      create: isStaff,
      update: readNotesOnReadableArticles,
      delete: isEditorOrAdmin,
    },
    hooks: {
      beforeValidate: [rejectUnknownFields, rejectWrongTypes],
      beforeChange: [setNoteAuthor, checkNoteTarget, refuseOthersNoteEdits, deriveNoteMentions],
      afterChange: [queueMentionEmails],
    },
    defaultSort: 'createdAt',
    timestamps: true,
    fields: [
      {
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        required: true,
        index: true,
      },
      { name: 'body', type: 'textarea', required: true, maxLength: 4000 },
      {
        name: 'author',
        type: 'relationship',
        relationTo: slugs.authors,
        required: true,
        admin: { readOnly: true, description: 'Whoever wrote the note.' },
      },
      {
        name: 'parent',
        type: 'relationship',
        relationTo: slugs.editorialNotes as never,
        index: true,
        admin: { description: 'The note this one replies to.' },
      },
      {
        name: 'anchor',
        type: 'text',
        maxLength: 120,
        admin: { description: 'The section or listicle item it is about, e.g. item:3 or intro.' },
      },
      { name: 'resolved', type: 'checkbox', defaultValue: false, index: true },
      {
        name: 'mentions',
        type: 'relationship',
        relationTo: slugs.authors,
        hasMany: true,
        admin: { readOnly: true, description: 'Staff named with @handle in the body.' },
      },
    ],
  }
}
