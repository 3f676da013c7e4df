import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { nobody } from '../access/nobody'
import { refuseHistoryChanges } from '../hooks/refuseHistoryChanges'
import { refuseHistoryDeletes } from '../hooks/refuseHistoryDeletes'
import type { Slugs } from '../src/options'
import { ACTIONS, STAGES } from '../src/workflow'

/**
 * The workflow's history: one entry per transition, append-only. No route may create, change or
 * delete an entry (access is closed and hooks refuse even trusted Local API calls); the workflow
 * service appends through the Local API, and an article's entries go when the article is deleted.
 */
export function createWorkflowEventsCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.workflowEvents,
    labels: { singular: 'Workflow event', plural: 'Workflow history' },
    admin: {
      group: 'Content',
      useAsTitle: 'action',
      defaultColumns: ['article', 'action', 'from', 'to', 'actor', 'at'],
      hidden: ({ user }) => !['admin', 'editor'].includes(String(user?.role)),
    },
    access: {
      read: isEditorOrAdmin,
      create: nobody,
      update: nobody,
      delete: nobody,
    },
    hooks: {
      beforeChange: [refuseHistoryChanges],
      beforeDelete: [refuseHistoryDeletes],
    },
    defaultSort: 'seq',
    // Read over REST by the admin's history list; the workflow's GraphQL operations carry history.
    graphQL: false,
    timestamps: true,
    fields: [
      {
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        required: true,
        index: true,
      },
      // `<article id>:<sequence>`: unique, so two transitions can never claim the same step.
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      { name: 'seq', type: 'number', required: true },
      { name: 'action', type: 'select', required: true, options: [...ACTIONS, 'revise'] },
      { name: 'from', type: 'select', required: true, options: [...STAGES] },
      { name: 'to', type: 'select', required: true, options: [...STAGES] },
      // The engine's `by`: a staff id, or 'scheduler'. `actor` is the same person as a relationship.
      { name: 'by', type: 'text', required: true },
      { name: 'actor', type: 'relationship', relationTo: slugs.authors },
      {
        name: 'at',
        type: 'date',
        required: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'note', type: 'textarea' },
      // `{ rules: [{ id, label }], note }`: recommended checklist rules an editor passed, and why.
      { name: 'checklistOverride', type: 'json' },
    ],
  }
}
