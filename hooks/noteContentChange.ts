import type { PayloadRequest } from 'payload'

import { noteContentChange as signal } from '../src/delivery/contentSignal'

/**
 * After any document is saved or deleted, tells the in-process response cache that public answers
 * may be stale (`src/delivery/contentSignal.ts`), with the request's transaction so it is told
 * again once the change is committed. Used as `afterChange` and `afterDelete` on every collection
 * but Payload's own, plugin on or off: what the cache holds must follow the database either way.
 */
export const noteContentChange = async <T>({ doc, req }: { doc: T; req: PayloadRequest }) => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  signal(id)
  return doc
}
