import type { PayloadRequest } from 'payload'

/**
 * The request, reading what is committed instead of through its transaction. A publish ranks its
 * list against the index, which that publish never writes (its peer job files it after the
 * commit), so those reads need not queue behind each other on the transaction's one connection.
 */
export function outsideTransaction(req: PayloadRequest): PayloadRequest {
  if (!req.transactionID) return req
  // The adapters look only at `transactionID`; everything else is the request's own.
  return Object.assign(Object.create(req) as PayloadRequest, { transactionID: undefined })
}

/**
 * Runs independent reads side by side when `req` has no transaction (each takes a pooled
 * connection), one after another inside one (a transaction is one connection). Results in order.
 */
export async function runReads<T extends readonly unknown[]>(
  req: PayloadRequest,
  reads: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!req.transactionID) return (await Promise.all(reads.map((read) => read()))) as unknown as T
  const results: unknown[] = []
  for (const read of reads) results.push(await read())
  return results as unknown as T
}
