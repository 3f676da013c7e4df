import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError, NotFound } from 'payload'

import { isStaffRole, roleOf } from '../../access/roles'
import { checklistOf } from '../checklistGlue/checklistReport'
import { isValidId } from '../inputGuards/idRules'
import { idRulesOf } from '../inputGuards/requestRules'
import { getOptions } from '../options'

type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

async function storedDraft(req: PayloadRequest, id: unknown): Promise<Data> {
  if ((typeof id !== 'string' && typeof id !== 'number') || !isValidId(id, idRulesOf(req.payload)))
    throw new APIError(`No article has the id ${String(id)}.`, 404)
  // With the caller's access: another author's draft is a 404, as on every other route.
  const doc = await req.payload
    .findByID({
      collection: getOptions(req).slugs.articles,
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as Data
}

/**
 * `POST /api/articles/checklist` with `{ id?, data }`: the checklist of an article as the edit form
 * holds it, unsaved changes included (`data` over the stored latest version when `id` is given), so
 * the sidebar can show it live. Staff only; it reads and writes nothing else.
 */
export const checklistEndpoint: Endpoint = {
  path: '/checklist',
  method: 'post',
  handler: async (req) => {
    const role = roleOf(req)
    if (!req.user) throw new APIError('Log in to check an article.', 401)
    if (!isStaffRole(role)) throw new APIError('Only staff can check articles.', 403)
    if (!getOptions(req).isEnabled || !getOptions(req).checklist)
      throw new APIError('The pre-publish checklist is switched off.', 404)
    await addDataAndFileToRequest(req)
    const body = req.data
    if (!isRecord(body) || (body.data !== undefined && !isRecord(body.data)))
      throw new APIError(
        "Send a JSON object: { id?, data } with the article's fields in data.",
        400,
      )
    const stored = body.id === undefined || body.id === null ? {} : await storedDraft(req, body.id)
    const report = await checklistOf(req, { ...stored, ...(body.data as Data | undefined) })
    return Response.json(report)
  },
}
