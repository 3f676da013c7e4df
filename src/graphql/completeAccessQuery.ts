import type { GraphQLExtension } from 'payload'

type Resolve = (...call: unknown[]) => Promise<Record<string, unknown> | null>

/**
 * Payload's `Access` query declares `canAccessAdmin` non-null, but its permissions leave the key
 * out for anyone who may not use the admin panel (readers, visitors), so the query fails with a 500
 * for exactly them. Answers `false` there, as the REST route `/api/access` means by leaving it out.
 */
export const completeAccessQuery: GraphQLExtension = (_GraphQL, context) => {
  const original = context.Query.fields.Access as { resolve?: Resolve } | undefined
  const resolve = original?.resolve
  if (!resolve) return {}
  return {
    Access: {
      ...original,
      resolve: async (...call: unknown[]) => {
        const results = await resolve(...call)
        return results && { ...results, canAccessAdmin: results.canAccessAdmin ?? false }
      },
    },
  }
}
