import type { GraphQLExtension, PayloadRequest } from 'payload'

import { readWorkflowState } from '../endpoints/workflowState'
import { articleWorkflowComplexity } from './complexity'
import { workflowTypes } from './workflowTypes'

/** `workflowArticle(id)`: stage, assignee, the caller's allowed actions and the history. */
export const workflowQueries: GraphQLExtension = (GraphQL, info) => {
  const types = workflowTypes(GraphQL, info)
  if (!types) return {}
  return {
    [`workflow${types.articleName}`]: {
      type: types.state,
      args: { id: { type: types.id } },
      extensions: { complexity: articleWorkflowComplexity },
      resolve: (
        _source: unknown,
        args: { id: number | string },
        context: { req: PayloadRequest },
      ) => readWorkflowState(context.req, String(args.id)),
    },
  }
}
