import type { CollectionConfig } from 'payload'

import { isReader } from '../access/isReader'
import { nobody } from '../access/nobody'
import { readOwnReaderDocuments } from '../access/readOwnReaderDocuments'
import { writeOwnReaderDocuments } from '../access/writeOwnReaderDocuments'
import { applyReportsAfterChange, applyReportsAfterDelete } from '../hooks/applyReportsAfterChange'
import { checkReportWrite } from '../hooks/checkReportWrite'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { requireDocumentData } from '../hooks/requireDocumentData'
import { requireReaderLogin } from '../hooks/requireReaderLogin'
import type { Slugs } from '../src/options'

export const REPORT_REASONS = ['spoiler', 'spam', 'abuse', 'off_topic', 'other']

/**
 * Readers' reports of approved comments, one per reader and comment. Past the configured threshold
 * (`moderation.reportThreshold`) the comment goes back to the moderation queue. A report cannot be
 * edited; its reader may withdraw it (delete).
 */
export function createCommentReportsCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.commentReports,
    // Nobody edits these in the admin, and Payload's lock check reads the lock table outside the
    // request's transaction: under many parallel REST updates on PostgreSQL each request held a
    // pooled connection in its transaction and waited for another, and the pool ran dry.
    lockDocuments: false,
    admin: {
      useAsTitle: 'reason',
      defaultColumns: ['comment', 'reason', 'reader', 'createdAt'],
      group: 'Readers',
    },
    access: {
      create: isReader,
      read: readOwnReaderDocuments,
      update: nobody,
      delete: writeOwnReaderDocuments,
    },
    indexes: [{ fields: ['comment', 'reader'], unique: true }],
    hooks: {
      beforeOperation: [
        requireReaderLogin('Log in as a reader to report a comment.'),
        requireDocumentData,
      ],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes, checkReportWrite],
      afterChange: [applyReportsAfterChange],
      afterDelete: [applyReportsAfterDelete],
    },
    fields: [
      { name: 'comment', type: 'relationship', relationTo: slugs.comments, required: true },
      {
        name: 'reader',
        type: 'relationship',
        relationTo: slugs.readers,
        admin: { readOnly: true, description: 'The reader who reported it.' },
      },
      { name: 'reason', type: 'select', options: REPORT_REASONS },
      { name: 'note', type: 'textarea', maxLength: 500 },
    ],
  }
}
