import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError } from 'payload'

import { clientFaultOf } from '../errors/clientFault'
import { isValidId } from '../inputGuards/idRules'
import { idRulesOf } from '../inputGuards/requestRules'
import { getOptions } from '../options'
import { readWorkflowState, stateOf } from './workflowState'
import { applyTransition } from './workflowTransition'

const MAX_BULK = 100

type Body = Record<string, unknown>

async function readBody(req: PayloadRequest): Promise<Body> {
  await addDataAndFileToRequest(req)
  const data = req.data
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError('Send a JSON object.', 400)
  }
  if (typeof (data as Body).action !== 'string') {
    throw new APIError('Send \'action\' as text naming a workflow action, e.g. "submit".', 400)
  }
  return data as Body
}

/** A per-id failure of the bulk endpoint as the client may see it: no SQL, no stack. */
function bulkFailure(req: PayloadRequest, id: unknown, err: unknown) {
  const { message, status } = err as { message?: string; status?: number }
  if (status && status < 500) return { id, ok: false, status, message: message ?? 'Refused' }
  const fault = clientFaultOf(err)
  if (fault) return { id, ok: false, ...fault }
  req.payload.logger.error({ err, msg: `bulk workflow on ${String(id)}` })
  return { id, ok: false, status: 500, message: 'Something went wrong.' }
}

/** Wraps a handler: 404 when the workflow is switched off, JSON out, errors as Payload formats them. */
function handler(run: (req: PayloadRequest) => Promise<unknown>): PayloadHandler {
  return async (req) => {
    if (!getOptions(req).isEnabled)
      throw new APIError('The editorial workflow is switched off.', 404)
    return Response.json(await run(req))
  }
}

function routeId(req: PayloadRequest): string {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new APIError('Missing article id.', 400)
  if (!isValidId(id, idRulesOf(req.payload)))
    throw new APIError(`No article has the id ${id}.`, 404)
  return String(id)
}

const getState = handler((req) => readWorkflowState(req, routeId(req)))

const postTransition = handler(async (req) => {
  const body = await readBody(req)
  const result = await applyTransition({
    req,
    id: routeId(req),
    action: body.action,
    note: body.note,
    assignee: body.assignee,
    publishAt: body.publishAt,
    expectedStage: body.expectedStage,
    checklistNote: body.checklistNote,
  })
  return stateOf(req, result.row, result)
})

// Each id gets its own transaction and its own answer: one refusal does not undo the others.
const postBulk = handler(async (req) => {
  const body = await readBody(req)
  const ids = body.ids
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_BULK) {
    throw new APIError(`Send 'ids': a list of 1 to ${MAX_BULK} article ids.`, 400)
  }
  const results = []
  const idRules = idRulesOf(req.payload)
  for (const id of ids) {
    if (!isValidId(id, idRules)) {
      results.push({ id, ok: false, status: 404, message: 'This is not an article id.' })
      continue
    }
    try {
      const result = await applyTransition({
        req,
        id,
        action: body.action,
        note: body.note,
        checklistNote: body.checklistNote,
      })
      results.push({ id, ok: true, status: 200, stage: result.fields.stage })
    } catch (err) {
      results.push(bulkFailure(req, id, err))
    }
  }
  return { results }
})

/**
 * The article workflow's REST endpoints: `GET|POST /:id/workflow` (state; one transition) and
 * `POST /workflow` (one action on many articles, answered per id).
 */
export function workflowEndpoints(): Endpoint[] {
  return [
    { path: '/:id/workflow', method: 'get', handler: getState },
    { path: '/:id/workflow', method: 'post', handler: postTransition },
    { path: '/workflow', method: 'post', handler: postBulk },
  ]
}
