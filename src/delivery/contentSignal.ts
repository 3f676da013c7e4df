/**
 * The in-process "public content changed" signal: every save or delete of a collection's document
 * (`hooks/noteContentChange.ts`) bumps a generation number and tells the listeners (the response
 * cache clears itself). No Payload imports: the hook and the commit watcher feed it.
 *
 * A change made inside a database transaction is bumped twice: when the hook runs (so reads that
 * started earlier do not store what they read), and again once the transaction commits (so a read
 * that ran between the hook and the commit, and saw the old rows, is dropped too).
 */
type Listener = () => void

let generation = 0
const listeners = new Set<Listener>()
const pendingCommits = new Set<string>()

/** A number that changes whenever public content may have changed. */
export function contentGeneration(): number {
  return generation
}

/** Marks a change now, and again when `transactionID` (if any) commits or rolls back. */
export function noteContentChange(transactionID?: number | string | null): void {
  generation += 1
  if (transactionID !== undefined && transactionID !== null && transactionID !== '') {
    pendingCommits.add(String(transactionID))
  }
  for (const listener of listeners) listener()
}

/** Called by the commit watcher when a transaction ends: a change made in it is now visible. */
export function noteTransactionEnded(transactionID: unknown): void {
  if (!pendingCommits.delete(String(transactionID))) return
  generation += 1
  for (const listener of listeners) listener()
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function onContentChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
