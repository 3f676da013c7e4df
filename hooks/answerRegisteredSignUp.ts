import type { APIError, CollectionAfterErrorHook } from 'payload'
import { formatErrors } from 'payload'

import {
  actAsNewAccount,
  createdMessage,
  isAlreadyRegistered,
  isPublicSignUp,
} from '../src/accountGlue/publicSignUp'

/**
 * REST: a public sign-up with an e-mail that is already registered gets the answer of a successful
 * one (201, `doc: null`, the same message) and creates nothing; the existing account is untouched.
 * GraphQL does the same in `src/graphql/signUpMutation.ts`.
 */
export const answerRegisteredSignUp: CollectionAfterErrorHook = async ({
  collection,
  error,
  req,
}) => {
  if (req.method !== 'POST' || !isPublicSignUp(req) || !isAlreadyRegistered(error, req)) return
  try {
    await actAsNewAccount({
      collection,
      password: (req.data as { password?: unknown })?.password,
      req,
    })
  } catch (err) {
    return { response: formatErrors(err as APIError), status: 400 }
  }
  return { response: { doc: null, message: createdMessage(collection, req) }, status: 201 }
}
