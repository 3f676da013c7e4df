import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/**
 * Payload reads a document only from a JSON body or a multipart `_payload` field; any other request
 * (no Content-Type, `text/plain`) reaches create and update with no data and fails with a 500.
 * Refuse it with a 400 that says what to send. Duplicates may come without a body.
 */
export const requireDocumentData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data, duplicateFromID } = args as { data?: unknown; duplicateFromID?: unknown }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data)
  if (!isObject && duplicateFromID === undefined) {
    throw new APIError(
      'The request has no document: send it as a JSON object (Content-Type: application/json).',
      400,
    )
  }
  return args
}
