import type { Field } from 'payload'

import { fieldEditorsOrOwnArticle } from '../../access/fieldEditorsOrOwnArticle'
import type { Slugs } from '../../src/options'

export const CHECKLIST_STATUS_OPTIONS = [
  { value: 'ready', label: 'Ready' },
  { value: 'warnings', label: 'Warnings' },
  { value: 'blocked', label: 'Blocked' },
]

/**
 * The pre-publish checklist on an article: `checklistStatus`, derived on every save by
 * `storeChecklistStatus` so the list view and the review queue can show and filter by it (the
 * workflow endpoint always answers with a fresh report), and the sidebar panel that checks the
 * form live.
 */
export function checklistFields(slugs: Slugs): Field[] {
  return [
    {
      name: 'checklistStatus',
      label: 'Checklist',
      type: 'select',
      options: CHECKLIST_STATUS_OPTIONS,
      index: true,
      access: { read: fieldEditorsOrOwnArticle },
      admin: {
        readOnly: true,
        position: 'sidebar',
        // The workflow panel shows the live checklist; this stays a list column and filter.
        condition: () => false,
      },
    },
    {
      // The article's editorial notes (the editorial-notes collection), below the form.
      name: 'editorialNotesPanel',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/notes/EditorialNotesPanel#EditorialNotesPanel' },
        disableListColumn: true,
        custom: { notesSlug: slugs.editorialNotes },
      },
    },
  ]
}
