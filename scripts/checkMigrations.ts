/**
 * `npm run check:migrations -- sqlite|postgres`: fails when the committed migrations do not match
 * the schema the config describes. On a fresh database it applies every committed migration (they
 * must run cleanly from nothing), then compares the latest migration's snapshot (`*.json`, what
 * `payload migrate:create` diffs against) with the config's schema: any statement in between is
 * what the next `migrate:create` would write, so a change was left without its migration.
 *
 * (Comparing the migrated database itself with drizzle-kit's push reports statements that are not
 * drift: on PostgreSQL numeric defaults and foreign keys whose names were cut at 63 characters, on
 * SQLite foreign keys added by `ALTER TABLE`. So the snapshot is the reference, as for Payload.)
 *
 * SQLite uses a temporary file; PostgreSQL a temporary database created beside the one in
 * `TEST_POSTGRES_URL` (or the local cluster's test database, as `npm test` finds it), dropped after.
 */
import { randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { ensurePostgres } from '../test/helpers/postgres'

type Kind = 'postgres' | 'sqlite'
type DrizzleJson = { version: string }
type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<DrizzleJson>
  generateMigration: (before: DrizzleJson, after: DrizzleJson) => Promise<string[]>
  upSnapshot?: (snapshot: DrizzleJson) => DrizzleJson
}
type DrizzleAdapter = {
  migrate: (args: { migrations: unknown[] }) => Promise<void>
  migrationDir: string
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
}

/** A fresh database for `kind`, and how to remove it afterwards. */
function temporaryDatabase(kind: Kind): { uri: string; drop: () => void } {
  const name = `migration_check_${randomUUID().replace(/-/g, '').slice(0, 10)}`
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-migrations-'))
    return {
      uri: `file:${path.join(dir, `${name}.db`)}`,
      drop: () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const { url, reason } = ensurePostgres()
  if (!url) throw new Error(`PostgreSQL is not available: ${reason}`)
  const target = new URL(url)
  const owner = decodeURIComponent(target.username)
  // As the test role when it may create databases, else (CI, as root) as the cluster's superuser.
  const psql = (sql: string) => {
    try {
      execFileSync('psql', [url, '-qtAc', sql], { stdio: 'pipe' })
    } catch (err) {
      if (process.getuid?.() !== 0) throw err
      const port = target.port || '5432'
      execFileSync('su', ['postgres', '-c', `psql -p ${port} -qtAc "${sql}"`], { stdio: 'pipe' })
    }
  }
  psql(`CREATE DATABASE ${name} OWNER ${owner}`)
  target.pathname = `/${name}`
  return {
    uri: target.toString(),
    drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

async function snapshotStatements(db: DrizzleAdapter): Promise<string[]> {
  const kit = db.requireDrizzleKit()
  const latest = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) return ['(no migration snapshot)']
  let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
  const after = await kit.generateDrizzleJson(db.schema)
  if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
  return kit.generateMigration(before, after)
}

async function check(kind: Kind): Promise<boolean> {
  const database = temporaryDatabase(kind)
  let payload: Payload | undefined
  try {
    process.env.DATABASE_URI = database.uri
    delete process.env.DATABASE_SCHEMA
    // No development push (the point is what the migrations build), no jobs, no onInit backfill.
    process.env.PAYLOAD_MIGRATING = 'true'
    process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    payload = await getPayload({ config, disableOnInit: true })
    const db = payload.db as unknown as DrizzleAdapter
    const { migrations } = await import(
      kind === 'sqlite' ? '../src/migrations/sqlite' : '../src/migrations/postgres'
    )
    await db.migrate({ migrations })
    const statements = await snapshotStatements(db)
    if (statements.length === 0) {
      console.log(`${kind}: the committed migrations apply and match the schema.`)
      return true
    }
    console.error(
      `\n${kind}: the schema changed since the last migration; migrate:create would write:`,
    )
    for (const statement of statements) console.error(`  ${statement.trim()}`)
    console.error(`\nRun \`npm run payload migrate:create\` on ${kind} and commit the files.`)
    return false
  } finally {
    await payload?.destroy()
    database.drop()
  }
}

const kind = process.argv[2]
if (kind !== 'sqlite' && kind !== 'postgres') {
  console.error('Usage: npm run check:migrations -- sqlite|postgres')
  process.exit(2)
}
process.exit((await check(kind)) ? 0 : 1)
