/**
 * `npm run generate` writes `src/payload-types.ts` (`payload generate:types`) and `schema.graphql`
 * (`payload-graphql generate:schema`) from the config. `npm run check:generated` (`--check`)
 * generates both into a temporary folder instead and fails, with a diff, when a committed file is
 * stale.
 *
 * Both always describe the demo config on SQLite with Showrunner enabled, whatever the caller's
 * environment: GraphQL ids are `Int` on SQL databases and `String` on MongoDB, and the committed
 * schema is the SQL one (the TypeScript types accept both, see src/typescript/idsOfEveryAdapter.ts).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const TYPES = 'src/payload-types.ts'
const SCHEMA = 'schema.graphql'

const isCheck = process.argv.includes('--check')
const tmp = isCheck ? fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-generate-')) : null
const out = tmp
  ? { types: path.join(tmp, 'payload-types.ts'), schema: path.join(tmp, SCHEMA) }
  : { types: TYPES, schema: SCHEMA }

const env = {
  ...process.env,
  DATABASE_URI: ':memory:',
  SHOWRUNNER_ENABLED: 'true',
  // Lexical's `node` export condition can leave Node waiting forever (docs: STACK pitfall 1).
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
  PAYLOAD_TS_OUTPUT_PATH: path.resolve(out.types),
  PAYLOAD_GRAPHQL_SCHEMA_PATH: path.resolve(out.schema),
}

function run(bin: string, args: string[]): void {
  const result = spawnSync(path.join('node_modules', '.bin', bin), args, { env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`${bin} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`)
    process.exit(1)
  }
}

run('payload', ['generate:types'])
run('payload-graphql', ['generate:schema'])

if (tmp) {
  let isStale = false
  for (const [committed, fresh] of [
    [TYPES, out.types],
    [SCHEMA, out.schema],
  ] as const) {
    const isSame =
      fs.existsSync(committed) &&
      fs.readFileSync(committed, 'utf8') === fs.readFileSync(fresh, 'utf8')
    if (isSame) continue
    isStale = true
    console.error(`\n${committed} is stale (or missing): run \`npm run generate\` and commit it.`)
    spawnSync('diff', ['-u', committed, fresh], { stdio: 'inherit' })
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  if (isStale) process.exit(1)
  console.log(`${TYPES} and ${SCHEMA} are up to date.`)
}
