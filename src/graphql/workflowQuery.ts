import type { GraphQLExtension, PayloadRequest } from 'payload'

import { readWorkflowState } from '../endpoints/workflowState'
import { articleWorkflowComplexity } from './complexity'
import { workflowTypes } from './workflowTypes'

/** `articleWorkflow(id)`: stage, assignee, the caller's allowed actions and the history. */
export const workflowQueries: GraphQLExtension = (GraphQL) => ({
  articleWorkflow: {
    type: workflowTypes(GraphQL).state,
    args: { id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) } },
    extensions: { complexity: articleWorkflowComplexity },
    resolve: (_source: unknown, args: { id: string }, context: { req: PayloadRequest }) =>
      readWorkflowState(context.req, args.id),
  },
})
