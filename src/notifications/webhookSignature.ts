import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'x-showrunner-signature'
export const TIMESTAMP_HEADER = 'x-showrunner-timestamp'
export const EVENT_HEADER = 'x-showrunner-event'
export const DELIVERY_HEADER = 'x-showrunner-delivery'

/**
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. Signing the timestamp with the body lets a
 * receiver refuse replays of an old delivery (Stripe's scheme).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** Checks a delivery's signature in constant time; receivers can use it as is. */
export function verifyWebhookSignature(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
