import type { CollectionBeforeChangeHook } from 'payload'

import { checklistOf } from '../src/checklistGlue/checklistReport'

/**
 * Stores the checklist's status (ready, warnings, blocked) with every save, whatever a client sent,
 * for the list view's column and filter. Runs after the spoiler tagger, whose sections it reads.
 * Links to other articles are judged as they are at save time.
 */
export const storeChecklistStatus: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  // On update `data` may hold only the change; the checklist reads the whole article.
  const report = await checklistOf(req, { ...originalDoc, ...data })
  return { ...data, checklistStatus: report?.status ?? null }
}
