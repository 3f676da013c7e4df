import type { PayloadRequest } from 'payload'

import type { ChecklistReport } from '../checklist'
import { evaluateChecklist } from '../checklist'
import { getOptions } from '../options'
import { articleFacts } from './articleFacts'

type Data = Record<string, unknown>

/** The checklist of an article's data; null when the checklist is switched off. */
export async function checklistOf(
  req: PayloadRequest,
  data: Data,
): Promise<ChecklistReport | null> {
  const { checklist, isEnabled } = getOptions(req)
  if (!checklist || !isEnabled) return null
  return evaluateChecklist(checklist, await articleFacts(req, data))
}

/**
 * The checklist of the article's latest version (the draft under review, which approve and publish
 * act on), read without access checks: callers have already decided the user may see the article.
 */
export async function checklistOfArticle(
  req: PayloadRequest,
  id: number | string,
): Promise<ChecklistReport | null> {
  if (!getOptions(req).checklist) return null
  const doc = await req.payload.findByID({
    collection: getOptions(req).slugs.articles,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return doc ? checklistOf(req, doc as unknown as Data) : null
}
