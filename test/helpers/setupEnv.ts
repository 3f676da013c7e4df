import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

// Runs in every integration, API and e2e test file before the Payload config is imported: each file
// gets a database of its own, so files can run in parallel and leave nothing behind for each other.
const db = process.env.TEST_DB ?? 'sqlite'
const unique = `t_${randomUUID().replace(/-/g, '').slice(0, 12)}`

process.env.PAYLOAD_SECRET ||= 'showrunner-test-secret'
process.env.RATE_LIMIT_MAX ||= '100000'
process.env.MEDIA_DIR ||= path.join(os.tmpdir(), 'showrunner-test-media')
process.env.NEXT_TELEMETRY_DISABLED = '1'
// Fixtures predate the pre-publish checklist: the files that test it switch it on.
process.env.SHOWRUNNER_CHECKLIST ||= 'off'

if (db === 'sqlite') {
  process.env.DATABASE_URI = 'file::memory:'
} else if (db === 'postgres') {
  if (!process.env.TEST_POSTGRES_URL) throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URL')
  process.env.DATABASE_URI = process.env.TEST_POSTGRES_URL
  process.env.DATABASE_SCHEMA = unique
} else if (db === 'mongodb') {
  if (!process.env.MONGODB_URI) throw new Error('TEST_DB=mongodb needs MONGODB_URI')
  const url = new URL(process.env.MONGODB_URI)
  url.pathname = `/${unique}`
  process.env.DATABASE_URI = url.toString()
} else {
  throw new Error(`Unknown TEST_DB '${db}': use sqlite, postgres or mongodb.`)
}
