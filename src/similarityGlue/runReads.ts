import type { PayloadRequest } from 'payload'

/**
 * Runs independent reads side by side when `req` has no transaction (SQLite here, or a request
 * without one), one after another inside one: a transaction is one connection, and reading beside
 * it on a second pooled connection can starve the pool when every connection holds a transaction
 * waiting for its second (seen under PostgreSQL with concurrent publishes). Results in order.
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
