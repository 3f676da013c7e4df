import type { Stage } from './stages'

export type ErrorStatus = 400 | 403 | 409

/** Every refusal the workflow can produce. `message` is the default; some errors add detail. */
export const ERRORS = {
  UNKNOWN_ACTION: { status: 400, message: 'Unknown workflow action' },
  NOTE_REQUIRED: { status: 400, message: 'Add a note saying what needs to change' },
  PUBLISH_AT_INVALID: {
    status: 400,
    message: 'Scheduling needs a valid publish date in the future',
  },
  ASSIGNEE_REQUIRED: { status: 400, message: 'Choose an editor or admin to assign' },
  ASSIGNEE_NOT_STAFF: { status: 400, message: 'Only editors and admins can be assigned' },
  ASSIGNEE_NOT_ALLOWED: {
    status: 400,
    message: 'An assignee can only be set when submitting or reassigning',
  },
  FORBIDDEN: { status: 403, message: 'You are not allowed to do this' },
  SELF_APPROVAL: {
    status: 403,
    message: 'Editors cannot approve their own article — ask another editor or an admin',
  },
  NOT_OWN_ARTICLE: { status: 403, message: 'Authors can only edit their own articles' },
  INVALID_TRANSITION: {
    status: 409,
    message: 'This action is not possible at the current stage',
  },
  STAGE_CONFLICT: { status: 409, message: 'stage changed' },
  NOT_EDITABLE: { status: 409, message: 'This article cannot be edited at its current stage' },
  NOT_DUE: { status: 409, message: 'This article is not due to be published yet' },
} as const satisfies Record<string, { status: ErrorStatus; message: string }>

export type ErrorCode = keyof typeof ERRORS

/** Why an author cannot edit their own article at each locked stage, and what to do about it. */
export const EDIT_LOCKED_MESSAGES: Record<Stage, string> = {
  draft: ERRORS.NOT_EDITABLE.message,
  changes_requested: ERRORS.NOT_EDITABLE.message,
  in_review: 'This article is in review — withdraw it first to edit it',
  approved: 'This article is approved — ask an editor to change it',
  scheduled: 'This article is scheduled — ask an editor to unschedule it before editing',
  published: 'This article is published — ask an editor to unpublish it to make changes',
  archived: 'This article is archived — ask an editor to restore it first',
}

/**
 * A refused workflow request. Carries an HTTP status so the Payload glue can turn it into an
 * APIError without this module depending on payload.
 */
export class WorkflowError extends Error {
  readonly status: ErrorStatus
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string = ERRORS[code].message) {
    super(message)
    this.name = 'WorkflowError'
    this.code = code
    this.status = ERRORS[code].status
  }
}
