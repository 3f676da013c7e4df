import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const ROLE = 'showrunner'
const DATABASE = 'showrunner_test'

/**
 * A PostgreSQL URL for the test run: TEST_POSTGRES_URL when given, else the machine's Debian cluster,
 * started and given a test role and database when we are allowed to (root with pg_ctlcluster).
 */
export function ensurePostgres(): { url?: string; reason?: string } {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL }
  if (!fs.existsSync('/usr/bin/pg_ctlcluster'))
    return { reason: 'no TEST_POSTGRES_URL and no local cluster' }
  if (process.getuid?.() !== 0)
    return { reason: 'no TEST_POSTGRES_URL; starting the local cluster needs root' }
  const clusters = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).stdout.trim()
  const first = clusters.split('\n')[0]?.split(/\s+/)
  if (!first || first.length < 4) return { reason: 'no PostgreSQL cluster on this machine' }
  const [version, name, port, status] = first
  if (status !== 'online')
    spawnSync('pg_ctlcluster', [version, name, 'start'], { stdio: 'inherit' })
  const psql = (sql: string) =>
    execFileSync('su', ['postgres', '-c', `psql -p ${port} -tAc "${sql}"`], {
      encoding: 'utf8',
    }).trim()
  try {
    if (psql(`SELECT 1 FROM pg_roles WHERE rolname='${ROLE}'`) !== '1') {
      psql(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE}'`)
    }
    // A fresh database per run: each test file's schema from earlier runs goes with it.
    psql(`DROP DATABASE IF EXISTS ${DATABASE}`)
    psql(`CREATE DATABASE ${DATABASE} OWNER ${ROLE}`)
  } catch (err) {
    return { reason: `could not prepare the local cluster: ${(err as Error).message}` }
  }
  return { url: `postgres://${ROLE}:${ROLE}@127.0.0.1:${port}/${DATABASE}` }
}
