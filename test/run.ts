import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensurePostgres } from './helpers/postgres'

// `npm test`: unit tests once, then the integration and API suites on every database within reach
// (SQLite always, PostgreSQL when reachable, MongoDB when MONGODB_URI is set), then the adversarial
// suite (test/security) on SQLite and PostgreSQL. `--e2e` runs Chromium.
type Outcome = { label: string; passed: number; failed: number; ok: boolean }

const artifacts = path.resolve('test/.artifacts')
fs.mkdirSync(artifacts, { recursive: true })
const extraArgs = process.argv.slice(2).filter((arg) => arg !== '--e2e')

function runJest(label: string, projects: string[], env: Record<string, string> = {}): Outcome {
  const outputFile = path.join(artifacts, `${label.replace(/\W+/g, '-')}.json`)
  fs.rmSync(outputFile, { force: true })
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--conditions=development',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      ...projects,
      '--forceExit',
      '--json',
      `--outputFile=${outputFile}`,
      ...extraArgs,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  )
  let passed = 0
  let failed = 0
  if (fs.existsSync(outputFile)) {
    const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
    passed = report.numPassedTests
    failed = report.numFailedTests + report.numRuntimeErrorTestSuites
  }
  const ok = result.status === 0 && failed === 0 && passed > 0
  return { label, passed, failed: ok ? failed : Math.max(failed, 1), ok }
}

const outcomes: Outcome[] = []
const databases: string[] = []
if (process.argv.includes('--e2e')) {
  outcomes.push(runJest('e2e (Chromium, SQLite)', ['e2e'], { TEST_DB: 'sqlite' }))
} else {
  outcomes.push(runJest('unit', ['unit']))
  outcomes.push(
    runJest('integration + API + clients on SQLite', ['int', 'api', 'client'], {
      TEST_DB: 'sqlite',
    }),
  )
  outcomes.push(runJest('security on SQLite', ['security'], { TEST_DB: 'sqlite' }))
  databases.push('sqlite')

  const postgres = ensurePostgres()
  if (postgres.url) {
    const pg = runJest('integration + API + clients on PostgreSQL', ['int', 'api', 'client'], {
      TEST_DB: 'postgres',
      TEST_POSTGRES_URL: postgres.url,
    })
    outcomes.push(pg)
    outcomes.push(
      runJest('security on PostgreSQL', ['security'], {
        TEST_DB: 'postgres',
        TEST_POSTGRES_URL: postgres.url,
      }),
    )
    databases.push('postgres')
  } else {
    console.log(`\nPostgreSQL not run: ${postgres.reason}`)
  }
  if (process.env.MONGODB_URI) {
    outcomes.push(runJest('integration + API on MongoDB', ['int', 'api'], { TEST_DB: 'mongodb' }))
    databases.push('mongodb')
  } else {
    console.log('MongoDB not run: MONGODB_URI is not set.')
  }
}

console.log('\n=== summary ===')
for (const outcome of outcomes) {
  console.log(
    `${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.label}: ${outcome.passed} passed, ${outcome.failed} failed`,
  )
}
if (databases.length > 0) console.log(`Databases tested: ${databases.join(', ')}`)
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0)
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(outcomes.every((outcome) => outcome.ok) ? 0 : 1)
