import type { Field, FieldAccess } from 'payload'

import { fieldEditableInStage } from '../../access/fieldEditableInStage'
import { WORKFLOW_FIELD_NAMES } from './workflowFields'

const both =
  (own: FieldAccess): FieldAccess =>
  async (args) =>
    Boolean(await own(args)) && Boolean(await fieldEditableInStage(args))

/**
 * The article's content fields with `fieldEditableInStage` added to their update access (after any
 * access of their own), down through rows, collapsibles and tabs; the workflow's own fields are
 * read-only already. What the admin shows read-only is then what the workflow refuses.
 */
export function lockedByWorkflow(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'ui') return field
    if ('name' in field && field.name) {
      if ((WORKFLOW_FIELD_NAMES as readonly string[]).includes(field.name)) return field
      const own = field.access?.update
      return {
        ...field,
        access: { ...field.access, update: own ? both(own) : fieldEditableInStage },
      } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: lockedByWorkflow(tab.fields) })),
      }
    }
    if ('fields' in field) return { ...field, fields: lockedByWorkflow(field.fields) } as Field
    return field
  })
}
