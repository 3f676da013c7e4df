import path from 'node:path'

import { DEFAULT_DATABASE_URI } from '../db'
import { backupDatabase } from './databaseBackup'

// `npm run backup [-- <file>]`: a consistent copy of DATABASE_URI while the server runs.
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const file = process.argv[2] ?? path.join('backups', `showrunner-${stamp}.backup`)
try {
  const bytes = await backupDatabase({
    uri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    schema: process.env.DATABASE_SCHEMA || undefined,
    file,
  })
  console.log(`Backed up to ${path.resolve(file)} (${(bytes / 1024).toFixed(0)} KB)`)
} catch (err) {
  console.error(`Backup failed: ${(err as Error).message}`)
  process.exitCode = 1
}
