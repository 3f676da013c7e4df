import type { AfterErrorHook } from 'payload'

import { releaseClaims } from '../src/workflowGlue/workflowClaim'

/**
 * A native publish or unpublish (the admin's buttons, REST, GraphQL) claims its step in
 * `enforceArticleWorkflow`, before validation. If the request then fails, the claim is given back
 * here, so the article is not held until the claim expires; with transactions, the rollback has
 * already undone it.
 */
export const releaseWorkflowClaims: AfterErrorHook = async ({ req }) => {
  if (req) await releaseClaims(req)
}
