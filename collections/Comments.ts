import type { CollectionConfig } from 'payload'

import { createCommentAsReader } from '../access/createCommentAsReader'
import { readApprovedOrOwnComments } from '../access/readApprovedOrOwnComments'
import { updateOwnComments } from '../access/updateOwnComments'
import { checkCommentWrite } from '../hooks/checkCommentWrite'
import { deleteCommentReports } from '../hooks/deleteCommentReports'
import { guardReportCounts } from '../hooks/guardReportCounts'
import { queueCommentEvent } from '../hooks/queueCommentEvent'
import { queueCommentRemovedEvent } from '../hooks/queueCommentRemovedEvent'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { requireDocumentData } from '../hooks/requireDocumentData'
import { requireLoginToComment } from '../hooks/requireLoginToComment'
import { setCommentAuthorName } from '../hooks/setCommentAuthorName'
import { tagCommentSpoilers } from '../hooks/tagCommentSpoilers'
import { moderationEndpoints } from '../src/endpoints/moderateComments'
import type { Slugs } from '../src/options'
import { commentSpoilerFields } from './fields/commentSpoilerFields'
import { COMMENT_CARD } from '../src/delivery/cards'

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam']
export const COMMENT_MAX_LENGTH = 2000

/** Reader comments on published articles, held for moderation until approved. */
export function createCommentsCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.comments,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: COMMENT_CARD,
    admin: {
      useAsTitle: 'body',
      defaultColumns: ['body', 'article', 'reader', 'status', 'reportCount', 'createdAt'],
      group: 'Content',
    },
    access: {
      create: createCommentAsReader,
      read: readApprovedOrOwnComments,
      update: updateOwnComments,
      delete: updateOwnComments,
    },
    hooks: {
      beforeOperation: [requireLoginToComment, requireDocumentData],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes, checkCommentWrite, guardReportCounts],
      beforeChange: [tagCommentSpoilers, setCommentAuthorName],
      afterChange: [queueCommentEvent],
      beforeDelete: [deleteCommentReports],
      afterDelete: [queueCommentRemovedEvent],
    },
    endpoints: moderationEndpoints(),
    fields: [
      {
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        required: true,
        index: true,
      },
      {
        name: 'reader',
        type: 'relationship',
        relationTo: slugs.readers,
        admin: { readOnly: true, description: 'The reader who wrote it.' },
      },
      {
        // The reader's public face: readers themselves are private, so the public (REST and
        // GraphQL) sees this copy of the display name, kept in step by the readers' hook.
        name: 'authorName',
        type: 'text',
        maxLength: 60,
        admin: {
          readOnly: true,
          description: "The reader's display name, shown with the comment.",
        },
      },
      {
        name: 'parent',
        type: 'relationship',
        relationTo: slugs.comments,
        admin: { description: 'Reply to' },
      },
      {
        name: 'body',
        type: 'textarea',
        required: true,
        maxLength: COMMENT_MAX_LENGTH,
      },
      {
        // Not `required`: GraphQL would then demand it in every reader's createComment. The default
        // fills it on create and checkCommentWrite refuses clearing it.
        name: 'status',
        type: 'select',
        defaultValue: 'pending',
        index: true,
        options: COMMENT_STATUSES,
        admin: { position: 'sidebar' },
      },
      {
        // Kept by the server from readers' reports (src/moderationGlue/applyReports.ts).
        name: 'reportCount',
        type: 'number',
        defaultValue: 0,
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: 'Readers who reported this comment.',
        },
      },
      {
        name: 'reportsReviewed',
        type: 'number',
        defaultValue: 0,
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: 'Reports a moderator had seen at the last approval.',
        },
      },
      ...commentSpoilerFields(slugs),
    ],
  }
}
