import type { Field } from 'payload'

import { fieldEditorsOrOwnArticle } from '../../access/fieldEditorsOrOwnArticle'
import type { Slugs } from '../../src/options'
import { STAGES } from '../../src/workflow'

const COMPONENTS = '/src/components/workflow'

export const STAGE_OPTIONS = STAGES.map((stage) => ({
  value: stage,
  label: stage.charAt(0).toUpperCase() + stage.slice(1).replace('_', ' '),
}))

/**
 * The editorial workflow's state on an article. None of these fields is written by a plain update:
 * `rejectWorkflowFieldWrites` refuses changes and the workflow service (POST /:id/workflow) writes
 * them. The stage is separate from Payload's `_status`: a live article can have a revision in review.
 */
export function workflowFields(slugs: Slugs): Field[] {
  return [
    {
      name: 'stage',
      type: 'select',
      options: STAGE_OPTIONS,
      defaultValue: 'draft',
      required: true,
      index: true,
      disableDuplicate: true,
      access: { read: fieldEditorsOrOwnArticle },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: {
          Cell: `${COMPONENTS}/StageCell#StageCell`,
          Field: `${COMPONENTS}/StageField#StageField`,
        },
      },
    },
    {
      // "Reviewer" everywhere people see it (list column, filters, panel); `assignee` in the API.
      name: 'assignee',
      label: 'Reviewer',
      type: 'relationship',
      relationTo: slugs.authors,
      index: true,
      disableDuplicate: true,
      access: { read: fieldEditorsOrOwnArticle },
      filterOptions: { role: { in: ['editor', 'admin'] } },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Chosen on submit, or reassigned by an editor.',
      },
    },
    {
      name: 'publishAt',
      type: 'date',
      disableDuplicate: true,
      access: { read: fieldEditorsOrOwnArticle },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.publishAt),
        description: 'When the scheduler publishes this article.',
      },
    },
    {
      // For the review queue's age and ordering; the history has the detail.
      name: 'stageChangedAt',
      type: 'date',
      index: true,
      disableDuplicate: true,
      access: { read: fieldEditorsOrOwnArticle },
      admin: { hidden: true },
    },
    {
      // Bumped by every transition: the compare-and-set token that makes concurrent actions safe.
      // Negative while a publish or unpublish holds its claim (`claimRow`).
      name: 'workflowSeq',
      type: 'number',
      defaultValue: 0,
      disableDuplicate: true,
      access: { read: fieldEditorsOrOwnArticle },
      admin: { hidden: true },
    },
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: `${COMPONENTS}/WorkflowPanel#WorkflowPanel` },
      },
    },
  ]
}

/**
 * Above the article's fields: the reason the form is read-only when the workflow forbids this
 * viewer's edit (the component also turns the form read-only). No data.
 */
export const editLockNoticeField: Field = {
  name: 'workflowEditLock',
  type: 'ui',
  admin: { components: { Field: `${COMPONENTS}/EditLockNotice#EditLockNotice` } },
}

/** Names of the fields only the workflow writes. */
export const WORKFLOW_FIELD_NAMES = [
  'stage',
  'assignee',
  'publishAt',
  'stageChangedAt',
  'workflowSeq',
] as const
