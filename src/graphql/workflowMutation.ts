import type { GraphQLExtension, PayloadRequest } from 'payload'

import { stateOf } from '../endpoints/workflowState'
import { applyTransition } from '../endpoints/workflowTransition'
import { articleWorkflowTransitionComplexity } from './complexity'
import { workflowTypes } from './workflowTypes'

type Args = {
  id: string
  action: string
  note?: string | null
  assignee?: string | null
  publishAt?: string | null
  expectedStage?: string | null
}

/**
 * `articleWorkflowTransition(id, action, …)`: the same rule, service and errors as
 * `POST /api/articles/:id/workflow`; refusals carry their HTTP status in `extensions.statusCode`.
 */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const { GraphQLID, GraphQLNonNull, GraphQLString } = GraphQL
  return {
    articleWorkflowTransition: {
      type: workflowTypes(GraphQL).state,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        action: { type: new GraphQLNonNull(GraphQLString) },
        note: { type: GraphQLString },
        assignee: { type: GraphQLID, description: 'Staff id; null clears the assignment.' },
        publishAt: { type: GraphQLString, description: 'ISO date, for schedule.' },
        expectedStage: { type: GraphQLString, description: 'Refuse (409) if the stage moved.' },
      },
      extensions: { complexity: articleWorkflowTransitionComplexity },
      resolve: async (_source: unknown, args: Args, context: { req: PayloadRequest }) => {
        const { req } = context
        const result = await applyTransition({ req, ...args })
        return stateOf(req, result.row, result)
      },
    },
  }
}
