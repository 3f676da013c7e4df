import type { GraphQLExtension } from 'payload'

import { graphQLSingularName } from './graphqlNames'

/**
 * Payload gives every auth collection a `verifyEmail<Name>` mutation, and on one without e-mail
 * verification it fails with a 500 (it queries a `_verificationToken` field the collection does not
 * have). Taken out of the schema there, asking for it is a validation error (a 400), as the REST
 * route is a 404 (`src/http/refuseUnroutablePaths.ts`). Adds no mutation of its own.
 */
export const dropUnusableAuthMutations: GraphQLExtension = (_GraphQL, context) => {
  for (const collection of context.config.collections) {
    if (collection.auth && !collection.auth.verify) {
      delete context.Mutation.fields[`verifyEmail${graphQLSingularName(collection)}`]
    }
  }
  return {}
}
