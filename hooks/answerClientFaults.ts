import type { AfterErrorHook } from 'payload'

import { clientFaultOf, statusOf } from '../src/errors/clientFault'

/**
 * The API's single error boundary (REST and GraphQL alike). Payload answers every error without a
 * status as a 500 "Something went wrong."; those the request caused (a missing related document,
 * too many values, a value of the wrong type, broken JSON in a multipart `_payload`) become a 400
 * with a message that names no SQL, table or path. Real server faults stay a generic 500: Payload
 * has already logged them with `payload.logger.error({ err })`.
 */
export const answerClientFaults: AfterErrorHook = ({ error, graphqlResult }) => {
  const status = statusOf(error)
  if (status !== undefined && status < 500) return
  const fault = clientFaultOf(error)
  if (!fault) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: fault.message,
        extensions: { name: 'ValidationError', statusCode: fault.status },
      },
    }
  }
  return { response: { errors: [{ message: fault.message }] }, status: fault.status }
}
