import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj, Payload } from 'payload'

import { addReadIndexes } from './delivery/readIndexes'

export const DEFAULT_DATABASE_URI = 'file:./data/showrunner.db'

/**
 * SQLite files run in WAL mode with `synchronous = NORMAL` (SQLite's advice for WAL): a commit is
 * an append to the log, not an fsync of a rollback journal, so a request that writes a few small
 * rows (a publish updates the similar lists of its neighbours) does not pay a disk flush for each.
 * A crash of the process loses nothing; a power cut may lose the last commits, never consistency.
 */
export const SQLITE_WAL = { synchronous: 'NORMAL' } as const

/**
 * PostgreSQL's `statement_timeout` for the app's connections, in ms (`DATABASE_STATEMENT_TIMEOUT_MS`,
 * 0 for none): the server cancels a statement that runs longer, so an abandoned or runaway read
 * cannot hold a connection and a core. Generous enough for the migrations applied on start.
 */
export function statementTimeoutMs(): number {
  const value = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000)
  return Number.isFinite(value) && value >= 0 ? value : 15_000
}

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** Which adapter a connection string selects. */
export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:') || uri === ':memory:') return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file:, postgres:// or mongodb:// (got '${uri.split(':')[0]}:…').`,
  )
}

/**
 * The database adapter for `uri`, importing only the adapter in use (each pulls in its own driver).
 * Development pushes the schema; production applies the committed migrations on start.
 */
export async function databaseAdapter(
  uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
): Promise<DatabaseAdapterObj> {
  const kind = databaseKind(uri)
  // Payload pushes only outside production anyway; say so rather than rely on it.
  const push = process.env.NODE_ENV !== 'production'
  if (kind === 'sqlite') {
    const file = uri.replace(/^file:/, '')
    const isFile = file !== ':memory:' && !file.startsWith(':')
    if (isFile) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
    const { migrations } = await import('./migrations/sqlite')
    return sqliteAdapter({
      client: { url: uri === ':memory:' ? 'file::memory:' : uri },
      migrationDir: path.resolve('src/migrations/sqlite'),
      prodMigrations: migrations,
      push,
      afterSchemaInit: [addReadIndexes(index)],
      ...(isFile ? { wal: SQLITE_WAL } : {}),
    })
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { index } = await import('@payloadcms/db-postgres/drizzle/pg-core')
    const { migrations } = await import('./migrations/postgres')
    return postgresAdapter({
      pool: { connectionString: uri, statement_timeout: statementTimeoutMs() || undefined },
      schemaName: process.env.DATABASE_SCHEMA || undefined,
      migrationDir: path.resolve('src/migrations/postgres'),
      prodMigrations: migrations,
      push,
      afterSchemaInit: [addReadIndexes(index)],
    })
  }
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return mongooseAdapter({ url: uri })
}

type SqliteClient = { execute: (sql: string) => Promise<unknown>; close: () => void }

/** The SQLite adapter's libsql client, or null on another database. */
export function sqliteClient(payload: Payload): SqliteClient | null {
  const db = payload.db as unknown as { name?: string; client?: SqliteClient }
  return db.name === 'sqlite' && db.client ? db.client : null
}

/**
 * Stops Payload and, on SQLite, folds the write-ahead log into the database file and closes the
 * connection. Payload's `destroy` leaves the libsql client open, so the `-wal` file (megabytes of
 * recent commits) would outlive the process and a copy of the `.db` alone would miss them.
 * `TRUNCATE` empties the log once every frame is in the main file.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const client = sqliteClient(payload)
  if (client) {
    try {
      await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    } catch (err) {
      payload.logger.error({ err, msg: 'SQLite WAL checkpoint failed' })
    }
  }
  await payload.destroy()
  if (client) {
    client.close()
    // The adapter opens a new client on its next connect() if this one is gone.
    ;(payload.db as unknown as { client?: SqliteClient }).client = undefined
  }
}
