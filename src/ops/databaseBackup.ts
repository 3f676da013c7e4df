import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { databaseKind } from '../db'

export type BackupOptions = {
  /** The database, as in DATABASE_URI. */
  uri: string
  /** PostgreSQL schema (DATABASE_SCHEMA); the whole database when unset. */
  schema?: string
  /** The backup file to write or read. */
  file: string
}

const SQLITE_HEADER = 'SQLite format 3\u0000'

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', (err) =>
      reject(new Error(`${command} could not start (${err.message}): is it installed?`)),
    )
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`)),
    )
  })
}

function sqlitePath(uri: string): string {
  const file = uri.replace(/^file:/, '')
  if (file === ':memory:' || file.startsWith(':')) {
    throw new Error('An in-memory SQLite database has nothing to back up or restore.')
  }
  return path.resolve(file)
}

/**
 * Writes a consistent copy of the database to `file` while the server keeps running.
 * SQLite: `VACUUM INTO`, SQLite's online copy (one read transaction, so concurrent commits are
 * either wholly in or wholly out; libsql has no backup API). PostgreSQL: `pg_dump` in its custom
 * format (compressed, restorable with `pg_restore`). MongoDB: use `mongodump` (see the README).
 */
export async function backupDatabase({ uri, schema, file }: BackupOptions): Promise<number> {
  const target = path.resolve(file)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  if (fs.existsSync(target)) throw new Error(`${target} exists: choose a new file name.`)
  const kind = databaseKind(uri)
  if (kind === 'sqlite') {
    const source = sqlitePath(uri)
    if (!fs.existsSync(source)) throw new Error(`No SQLite database at ${source}.`)
    // The adapter's own driver (a dependency of @payloadcms/db-sqlite).
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: `file:${source}` })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
    } finally {
      client.close()
    }
  } else if (kind === 'postgres') {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      ...(schema ? [`--schema=${schema}`] : []),
      `--file=${target}`,
      `--dbname=${uri}`,
    ])
  } else {
    throw new Error(
      'MongoDB: back up with `mongodump --uri "$DATABASE_URI" --archive=FILE --gzip`.',
    )
  }
  return fs.statSync(target).size
}

/**
 * Replaces the database's content with the backup in `file`. Stop the server first: SQLite swaps
 * the database file (and drops its stale `-wal`/`-shm`), PostgreSQL drops and recreates every
 * object the dump holds (`pg_restore --clean --if-exists`), in one transaction; a dump of one
 * schema (DATABASE_SCHEMA) restores into that schema.
 */
export async function restoreDatabase({ uri, file }: BackupOptions): Promise<void> {
  const source = path.resolve(file)
  if (!fs.existsSync(source)) throw new Error(`No backup at ${source}.`)
  const kind = databaseKind(uri)
  if (kind === 'sqlite') {
    const header = Buffer.alloc(SQLITE_HEADER.length)
    const fd = fs.openSync(source, 'r')
    try {
      fs.readSync(fd, header, 0, header.length, 0)
    } finally {
      fs.closeSync(fd)
    }
    if (header.toString('latin1') !== SQLITE_HEADER) {
      throw new Error(`${source} is not a SQLite database.`)
    }
    const target = sqlitePath(uri)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    // Copy beside the target, then rename: the database is never half-written.
    const staging = `${target}.restoring`
    fs.copyFileSync(source, staging)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true })
    fs.renameSync(staging, target)
  } else if (kind === 'postgres') {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      `--dbname=${uri}`,
      source,
    ])
  } else {
    throw new Error(
      'MongoDB: restore with `mongorestore --uri "$DATABASE_URI" --archive=FILE --gzip --drop`.',
    )
  }
}
