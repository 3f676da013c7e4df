import path from 'node:path'

import { DEFAULT_DATABASE_URI } from '../db'
import { restoreDatabase } from './databaseBackup'

// `npm run restore -- <file>`: replaces DATABASE_URI's content with a backup. Stop the server first.
const file = process.argv[2]
if (!file) {
  console.error('Usage: npm run restore -- <backup file>   (stop the server first)')
  process.exit(2)
}
try {
  await restoreDatabase({
    uri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    schema: process.env.DATABASE_SCHEMA || undefined,
    file,
  })
  console.log(`Restored ${path.resolve(file)}: start the server again.`)
} catch (err) {
  console.error(`Restore failed: ${(err as Error).message}`)
  process.exitCode = 1
}
