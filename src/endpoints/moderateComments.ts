import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError } from 'payload'

import { isEditorRole, roleOf } from '../../access/roles'
import { clientFaultOf } from '../errors/clientFault'
import { isValidId } from '../inputGuards/idRules'
import { idRulesOf } from '../inputGuards/requestRules'
import { isModerationAction, MODERATION_STATUSES } from '../moderation/reportThreshold'
import { getOptions } from '../options'

const MAX_BULK = 100

/** A per-id failure as the client may see it: no SQL, no stack. */
function failure(req: PayloadRequest, id: unknown, err: unknown) {
  const { message, status } = err as { message?: string; status?: number }
  if (status && status < 500) return { id, ok: false, status, message: message ?? 'Refused' }
  const fault = clientFaultOf(err)
  if (fault) return { id, ok: false, ...fault }
  req.payload.logger.error({ err, msg: `moderating comment ${String(id)}` })
  return { id, ok: false, status: 500, message: 'Something went wrong.' }
}

/**
 * `POST /api/comments/moderate` with `{ ids, action }` (`approve`, `reject` or `spam`): the
 * moderation queue's bulk actions. Moderators only (401 anonymous, 403 anyone else). Each comment is
 * updated with the caller's own access and hooks, so every comment rule holds as on a single PATCH;
 * each gets its own answer, and one refusal does not undo the others.
 */
async function moderate(req: PayloadRequest): Promise<Response> {
  if (!req.user) throw new APIError('Log in as an editor to moderate comments.', 401)
  if (!isEditorRole(roleOf(req))) {
    throw new APIError('Only editors and admins moderate comments.', 403)
  }
  await addDataAndFileToRequest(req)
  const body = req.data as Record<string, unknown> | undefined
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new APIError('Send a JSON object: { "ids": [...], "action": "approve" }.', 400)
  }
  if (!isModerationAction(body.action)) {
    throw new APIError("Send 'action': one of approve, reject or spam.", 400)
  }
  const { ids } = body
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_BULK) {
    throw new APIError(`Send 'ids': a list of 1 to ${MAX_BULK} comment ids.`, 400)
  }
  const status = MODERATION_STATUSES[body.action]
  const collection = getOptions(req).slugs.comments
  const idRules = idRulesOf(req.payload)
  const results = []
  for (const id of ids) {
    if (!isValidId(id, idRules)) {
      results.push({ id, ok: false, status: 404, message: 'This is not a comment id.' })
      continue
    }
    try {
      await req.payload.update({
        collection,
        id: id as number | string,
        data: { status },
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      results.push({ id, ok: true, status: 200, commentStatus: status })
    } catch (err) {
      results.push(failure(req, id, err))
    }
  }
  return Response.json({ results })
}

/** The comments' moderation endpoint. */
export function moderationEndpoints(): Endpoint[] {
  return [{ path: '/moderate', method: 'post', handler: moderate }]
}
