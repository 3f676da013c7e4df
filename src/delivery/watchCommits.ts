import type { Payload } from 'payload'

import { noteTransactionEnded } from './contentSignal'

const WATCHED = Symbol.for('showrunner.watchCommits')

type Adapter = {
  commitTransaction?: (id: unknown) => Promise<void>
  rollbackTransaction?: (id: unknown) => Promise<void>
  [WATCHED]?: boolean
}

/**
 * Tells the content signal when a database transaction ends. Payload has no after-commit hook
 * (`afterChange` runs inside the transaction), so the adapter's own `commitTransaction` and
 * `rollbackTransaction` are wrapped, once per adapter. Without transactions (the app's SQLite)
 * a change is visible when its hook runs, and nothing is pending.
 */
export function watchCommits(payload: Payload): void {
  const db = payload.db as unknown as Adapter
  if (db[WATCHED]) return
  db[WATCHED] = true
  for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = async function (this: unknown, id: unknown) {
      try {
        await original.call(this, id)
      } finally {
        noteTransactionEnded(id instanceof Promise ? await id : id)
      }
    }
  }
}
