import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

export const DEFAULT_DATABASE_URI = 'file:./data/showrunner.db'

/**
 * SQLite files run in WAL mode with `synchronous = NORMAL` (SQLite's advice for WAL): a commit is
 * an append to the log, not an fsync of a rollback journal, so a request that writes a few small
 * rows (a publish updates the similar lists of its neighbours) does not pay a disk flush for each.
 * A crash of the process loses nothing; a power cut may lose the last commits, never consistency.
 */
export const SQLITE_WAL = { synchronous: 'NORMAL' } as const

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
    const { migrations } = await import('./migrations/sqlite')
    return sqliteAdapter({
      client: { url: uri === ':memory:' ? 'file::memory:' : uri },
      migrationDir: path.resolve('src/migrations/sqlite'),
      prodMigrations: migrations,
      push,
      ...(isFile ? { wal: SQLITE_WAL } : {}),
    })
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { migrations } = await import('./migrations/postgres')
    return postgresAdapter({
      pool: { connectionString: uri },
      schemaName: process.env.DATABASE_SCHEMA || undefined,
      migrationDir: path.resolve('src/migrations/postgres'),
      prodMigrations: migrations,
      push,
    })
  }
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return mongooseAdapter({ url: uri })
}
