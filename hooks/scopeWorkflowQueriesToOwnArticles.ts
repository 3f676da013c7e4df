import type { CollectionBeforeOperationHook, Where } from 'payload'

import { WORKFLOW_FIELD_NAMES } from '../collections/Articles/workflowFields'
import { ownArticles } from '../access/ownArticles'
import { roleOf } from '../access/roles'

const NAMES: readonly string[] = WORKFLOW_FIELD_NAMES

/** Whether a `where` filters on a workflow field (at any depth of and/or). */
export function filtersOnWorkflow(where: unknown, depth = 0): boolean {
  if (!where || typeof where !== 'object' || depth > 20) return false
  return Object.entries(where).some(([key, value]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      return value.some((clause) => filtersOnWorkflow(clause, depth + 1))
    }
    return NAMES.includes(key.split('.')[0])
  })
}

/**
 * Authors read the workflow fields of their own articles only (`access/fieldEditorsOrOwnArticle`),
 * but field access cannot see a filter: `where[stage][equals]=in_review` would still tell an author
 * which of a colleague's published articles has a revision in review. So a list or count of an
 * author's that filters on a workflow field is narrowed to the author's own articles.
 */
export const scopeWorkflowQueriesToOwnArticles: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const { where, overrideAccess } = args as { where?: Where; overrideAccess?: boolean }
  if (overrideAccess === true || roleOf(req) !== 'author' || !filtersOnWorkflow(where)) return args
  return { ...args, where: { and: [where as Where, ownArticles(req.user!.id)] } }
}
