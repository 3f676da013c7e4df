import type { GraphQLExtension, PayloadRequest } from 'payload'

import { stateOf } from '../endpoints/workflowState'
import { applyTransition } from '../endpoints/workflowTransition'
import { articleWorkflowTransitionComplexity } from './complexity'
import { workflowTypes } from './workflowTypes'

type Args = {
  id: number | string
  action: string
  note?: string | null
  assignee?: number | string | null
  publishAt?: Date | string | null
  expectedStage?: string | null
  checklistNote?: string | null
}

/**
 * `transitionArticle(id, action, …)`: the same rule, service and errors as
 * `POST /api/articles/:id/workflow`; refusals carry their HTTP status in `extensions.statusCode`.
 */
export const workflowMutations: GraphQLExtension = (GraphQL, info) => {
  const types = workflowTypes(GraphQL, info)
  if (!types) return {}
  const { GraphQLNonNull, GraphQLString, getNullableType } = GraphQL
  return {
    [`transition${types.articleName}`]: {
      type: types.state,
      args: {
        id: { type: types.id },
        action: { type: new GraphQLNonNull(types.action) },
        note: { type: GraphQLString },
        assignee: {
          type: getNullableType(types.id),
          description: 'Staff id; null clears the assignment.',
        },
        publishAt: { type: types.dateTime, description: 'For schedule.' },
        expectedStage: { type: types.stage, description: 'Refuse (409) if the stage moved.' },
        checklistNote: {
          type: GraphQLString,
          description: 'Why failing recommended checklist rules may pass (approve, publish).',
        },
      },
      extensions: { complexity: articleWorkflowTransitionComplexity },
      resolve: async (_source: unknown, args: Args, context: { req: PayloadRequest }) => {
        const { req } = context
        const { id, assignee, publishAt, ...rest } = args
        const result = await applyTransition({
          req,
          ...rest,
          id: String(id),
          // `DateTime` arrives parsed; the service takes the ISO text REST sends.
          ...(publishAt === undefined
            ? {}
            : { publishAt: publishAt instanceof Date ? publishAt.toISOString() : publishAt }),
          ...(assignee === undefined
            ? {}
            : { assignee: assignee === null ? null : String(assignee) }),
        })
        return stateOf(req, result.row, result)
      },
    },
  }
}
