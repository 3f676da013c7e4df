import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

// Payload's own bookkeeping (job queue, preferences, locks, sessions) changes on its own schedule.
const SKIPPED = /^payload_|_sessions$/
// What a refused login legitimately changes on an account.
const VOLATILE = new Set([
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

type SqlAdapter = {
  tables: Record<string, unknown>
  drizzle: { select: () => { from: (table: unknown) => Promise<Array<Record<string, unknown>>> } }
}

// A refused login also touches the account's updatedAt.
const isAccountTable = (name: string) => name === 'authors' || name === 'readers'

const rowText = (row: Record<string, unknown>, isAccount: boolean) =>
  JSON.stringify(
    Object.keys(row)
      .filter((key) => !VOLATILE.has(key) && !(isAccount && key === 'updatedAt'))
      .sort()
      .map((key) => [key, row[key]]),
    (_key, value) => (typeof value === 'bigint' ? String(value) : value),
  )

/**
 * A hash of the whole database the API can change: every row of every table of every collection
 * (documents, their versions, hasMany and relationship rows), sorted. Read through the SQL
 * adapter's own drizzle tables: the same content as the Local API returns and more (versions,
 * join rows), in a few milliseconds, which lets the battery check after every refused write.
 */
export async function contentDigest(payload: Payload): Promise<string> {
  const db = payload.db as unknown as SqlAdapter
  const names = Object.keys(db.tables)
    .filter((name) => !SKIPPED.test(name))
    .sort()
  // In parallel: PostgreSQL answers over a pool (SQLite runs them in turn anyway).
  const tables = await Promise.all(
    names.map(async (name) => {
      const rows = await db.drizzle.select().from(db.tables[name])
      return `${name}:${rows
        .map((row) => rowText(row, isAccountTable(name)))
        .sort()
        .join('\n')}\n`
    }),
  )
  return createHash('sha256').update(tables.join('')).digest('hex')
}
