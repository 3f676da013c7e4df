import type { CollectionAfterOperationHook } from 'payload'

import { isPublicSignUp } from '../src/accountGlue/publicSignUp'

/**
 * A public sign-up answers without the new account (REST `doc: null`, GraphQL `null`): the answer
 * to an e-mail that is already registered (`answerRegisteredSignUp`) is the same, so sign-up does
 * not reveal which e-mails have accounts. The reader logs in next.
 */
export const hidePublicSignUpResult: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'create' || !isPublicSignUp(req)) return result
  return null
}
