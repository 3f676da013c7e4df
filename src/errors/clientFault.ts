import type { ClientFault } from './classifyDriverError'
import { classifyDriverError } from './classifyDriverError'

const MULTIPART =
  /Multipart|Boundary not found|Unexpected end of form|Malformed part header|not eligible for file upload/i
const JSON_SYNTAX = /JSON|Unexpected (token|end)|Expected (property name|',')|Bad control character/

/**
 * Whether an error that reached the top of a request was caused by its input: a database failure
 * the input provoked, JSON that does not parse (a multipart `_payload`, a method-override body),
 * or a multipart body that does not.
 */
export function clientFaultOf(err: unknown): ClientFault | null {
  const original = (err as { originalError?: unknown })?.originalError ?? err
  if (original instanceof SyntaxError && JSON_SYNTAX.test(original.message)) {
    return {
      status: 400,
      message:
        'The request carries malformed JSON (in its body, a multipart _payload or a query parameter).',
    }
  }
  const message = (original as { message?: unknown })?.message
  if (typeof message === 'string' && MULTIPART.test(message)) {
    return { status: 400, message: 'The multipart body is malformed.' }
  }
  return classifyDriverError(original)
}

/** An error's HTTP status, when it carries a meaningful one. */
export function statusOf(err: unknown): number | undefined {
  const original = (err as { originalError?: unknown })?.originalError ?? err
  const status = (original as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined
}
