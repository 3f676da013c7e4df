import { APIError } from 'payload'

import { WorkflowError } from '../workflow'
import type { ErrorCode } from '../workflow'

/**
 * A refusal by the workflow: an ordinary outcome, so Payload logs it at `info` (the plugin maps this
 * name in `loggingLevels`) rather than as a server error with a stack.
 */
export class WorkflowRefusal extends APIError {
  constructor(message: string, status: number, code?: ErrorCode | string) {
    super(message, status, code ? { code } : null, true)
    // Set explicitly: minified server bundles rename classes, and Payload looks errors up by name.
    this.name = 'WorkflowRefusal'
  }
}

/**
 * The engine's refusals as Payload errors, so the same message and status reach REST, GraphQL and
 * the admin. The engine's code travels in `data` for clients that branch on it.
 */
export function toAPIError(err: unknown): unknown {
  if (err instanceof WorkflowError) return new WorkflowRefusal(err.message, err.status, err.code)
  return err
}

/**
 * The 409 for a request that came while a publish or unpublish of the article is being written (its
 * claim holds): nothing was decided against it, so retrying shortly is right (the scheduler does).
 */
export function busyError(): WorkflowRefusal {
  return new WorkflowRefusal(
    'another change to this article is being saved right now — try again in a moment',
    409,
    'WORKFLOW_BUSY',
  )
}

/** The 409 for a request that lost a race with another transition on the same article. */
export function staleStageError(): WorkflowRefusal {
  return new WorkflowRefusal(
    'stage changed: someone else acted on this article at the same time — reload and try again',
    409,
    'STAGE_CONFLICT',
  )
}
