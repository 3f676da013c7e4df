import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { closeDatabase } from '../../src/db'
import { backupDatabase, restoreDatabase } from '../../src/ops/databaseBackup'

// `npm run backup` / `npm run restore` round trip on the test's database (SQLite: a real file, as
// the online backup needs one; PostgreSQL: this file's own schema), and the WAL checkpoint on close.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-backup-'))
const isSqlite = (process.env.TEST_DB ?? 'sqlite') === 'sqlite'
if (isSqlite) process.env.DATABASE_URI = `file:${path.join(dir, 'live.db')}`
const uri = process.env.DATABASE_URI!
const schema = process.env.DATABASE_SCHEMA
const dbFile = path.join(dir, 'live.db')

let payload: Payload

beforeAll(async () => {
  const { getTestPayload } = await import('../helpers/payload')
  payload = await getTestPayload()
})

afterAll(async () => {
  if (!isSqlite) await closeDatabase(payload)
  fs.rmSync(dir, { recursive: true, force: true })
})

const drama = (title: string) => ({ title, network: 'tvN', year: 2018, episodes: 16 })

async function titlesInSqliteFile(file: string): Promise<string[]> {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('SELECT title FROM dramas ORDER BY title')
    return rows.map((row) => String(row.title))
  } finally {
    client.close()
  }
}

it('restores exactly what the backup held, and refuses to overwrite a backup', async () => {
  await payload.create({ collection: 'dramas', data: drama('Kept by the backup') })
  const doomed = await payload.create({ collection: 'dramas', data: drama('Deleted after it') })
  const file = path.join(dir, 'one.backup')
  expect(await backupDatabase({ uri, schema, file })).toBeGreaterThan(0)
  await expect(backupDatabase({ uri, schema, file })).rejects.toThrow('exists')

  await payload.delete({ collection: 'dramas', id: doomed.id })
  await payload.create({ collection: 'dramas', data: drama('Written after the backup') })

  if (isSqlite) {
    await closeDatabase(payload)
    await restoreDatabase({ uri, file })
    expect(await titlesInSqliteFile(dbFile)).toEqual(['Deleted after it', 'Kept by the backup'])
  } else {
    await restoreDatabase({ uri, schema, file })
    const { docs } = await payload.find({ collection: 'dramas', sort: 'title', depth: 0 })
    expect(docs.map((doc) => doc.title)).toEqual(['Deleted after it', 'Kept by the backup'])
  }
})

it('refuses a restore from a file that is not a backup, changing nothing', async () => {
  const bogus = path.join(dir, 'bogus.backup')
  fs.writeFileSync(bogus, 'not a database at all')
  await expect(restoreDatabase({ uri, schema, file: bogus })).rejects.toThrow()
  if (isSqlite) {
    expect(await titlesInSqliteFile(dbFile)).toEqual(['Deleted after it', 'Kept by the backup'])
  } else {
    expect((await payload.count({ collection: 'dramas' })).totalDocs).toBe(2)
  }
})

// PostgreSQL keeps its own log: only SQLite leaves a -wal file beside the database.
if (isSqlite) {
  it('checkpoints the WAL on close, so the .db file alone holds every commit', async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const reopened = await getPayload({ config, key: 'reopened' })
    await reopened.create({ collection: 'dramas', data: drama('Committed just before the stop') })
    expect(fs.statSync(`${dbFile}-wal`).size).toBeGreaterThan(0)
    await closeDatabase(reopened)
    expect(fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0).toBe(0)
    const copy = path.join(dir, 'copied-alone.db')
    fs.copyFileSync(dbFile, copy)
    expect(await titlesInSqliteFile(copy)).toContain('Committed just before the stop')
  })
}
