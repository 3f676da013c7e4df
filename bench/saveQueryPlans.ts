import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../src/options'
import type { Article } from '../src/payload-types'
import type { BenchTarget } from './similarityPublishFill'
import { body, fill, openPayload, targetLabel } from './similarityPublishFill'

// Why does a bare Payload save (every Showrunner hook off) grow with the number of articles?
// `node --conditions=development --import tsx bench/saveQueryPlans.ts [N]`: fills a database to N
// live synthetic articles, records every SQL statement of one bare publish (a draft created, then
// published), and prints each with its time and its plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
// PostgreSQL), flagging full scans. SAVE_PLANS_DB=<file> keeps the SQLite file; with
// SAVE_PLANS_PG=<url> it runs on PostgreSQL (schema `save_plans_<N>`).

type Logged = { query: string; params: unknown[] }

async function explain(payload: Payload, isPostgres: boolean, { query, params }: Logged) {
  if (isPostgres) {
    type Query = (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>
    const pool = (payload.db as unknown as { pool: { query: Query } }).pool
    const { rows } = await pool.query(`EXPLAIN ${query}`, params)
    return (rows as Array<Record<string, string>>).map((row) => row['QUERY PLAN']!)
  }
  type Execute = (query: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }>
  const client = (payload.db as unknown as { client: { execute: Execute } }).client
  const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${query}`, args: params })
  return (rows as Array<{ detail: string }>).map((row) => row.detail)
}

const isScan = (line: string) =>
  /^SCAN (?!CONSTANT)/.test(line.trim()) || /Seq Scan/.test(line) || /USE TEMP B-TREE/.test(line)

async function main() {
  const size = Number(process.argv[2] ?? 10_000)
  const pg = process.env.SAVE_PLANS_PG
  const target: BenchTarget = pg
    ? { url: pg, schema: `save_plans_${size}` }
    : {
        file: path.resolve(process.env.SAVE_PLANS_DB ?? path.join(os.tmpdir(), `plans-${size}.db`)),
      }
  const logged: Logged[] = []
  let isLogging = false
  const logger = {
    logQuery: (query: string, params: unknown[]) => {
      if (isLogging) logged.push({ query, params })
    },
  }
  const payload = await openPayload(target, true, { logger })
  try {
    const author =
      (await payload.find({ collection: 'authors', limit: 1, depth: 0 })).docs[0] ??
      (await payload.create({
        collection: 'authors',
        data: {
          email: 'plans@showrunner.test',
          password: 'plans-password',
          name: 'Plans',
          handle: 'plans',
        },
      }))
    await fill(payload, author.id, size, size)
    getOptionsFromConfig(payload.config).isEnabled = false
    const data = {
      title: `Query plans ${Date.now()}`,
      format: 'news' as Article['format'],
      author: author.id,
      body: body('A short body. With two sentences.') as Article['body'],
      tags: ['plans', 'bench'],
    }
    const draft = await payload.create({ collection: 'articles', data, draft: true, depth: 0 })
    isLogging = true
    const start = performance.now()
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      draft: false,
      depth: 0,
    })
    const elapsed = performance.now() - start
    isLogging = false
    console.log(
      `${targetLabel(target)} N=${size}: bare publish ${elapsed.toFixed(1)} ms, ${logged.length} statements`,
    )
    for (const entry of logged) {
      const plan = await explain(payload, Boolean(pg), entry).catch((err: Error) => [
        `(${err.message})`,
      ])
      const flagged = plan.some(isScan)
      console.log(`\n${flagged ? '!! ' : ''}${entry.query.slice(0, 400)}`)
      for (const line of plan) console.log(`   ${line}`)
    }
    await payload.delete({ collection: 'articles', id: draft.id })
  } finally {
    await payload.destroy()
  }
}

await main()
process.exit(0)
