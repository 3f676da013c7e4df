import type { GraphQLExtension, PayloadRequest } from 'payload'

import { actAsNewAccount, isAlreadyRegistered, isPublicSignUp } from '../accountGlue/publicSignUp'
import { getOptionsFromConfig } from '../options'
import { graphQLSingularName } from './graphqlNames'

type Resolve = (
  source: unknown,
  args: unknown,
  context: { req: PayloadRequest },
  info: unknown,
) => unknown

/**
 * `createReader` as Payload builds it, except that a public sign-up with an e-mail that is already
 * registered answers like a new one (`null`, no error) and creates nothing: see
 * `hooks/hidePublicSignUpResult.ts` and, for REST, `hooks/answerRegisteredSignUp.ts`.
 */
export const signUpMutations: GraphQLExtension = (_GraphQL, context) => {
  const { slugs } = getOptionsFromConfig(context.config)
  const collection = context.config.collections.find((each) => each.slug === slugs.readers)
  if (!collection) return {}
  const name = `create${graphQLSingularName(collection)}`
  const original = context.Mutation.fields[name] as { resolve?: Resolve } | undefined
  const resolve = original?.resolve
  if (!resolve) return {}
  return {
    [name]: {
      ...original,
      resolve: async (...call: Parameters<Resolve>) => {
        try {
          return await resolve(...call)
        } catch (err) {
          const { req } = call[2]
          if (!isPublicSignUp(req) || !isAlreadyRegistered(err, req)) throw err
          const { data } = call[1] as { data?: { password?: unknown } }
          await actAsNewAccount({ collection, password: data?.password, req })
          return null
        }
      },
    },
  }
}
