import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq, getPayload } from 'payload'

import { addToStats, createStats } from '../../src/similarity'
import { COMPACT_EVERY, loadStats, updateStats } from '../../src/similarityGlue/statsStore'
import { expectSameStats, statsDoc as features } from '../helpers/statsFixtures'

// Two server processes over one database (two Payload instances, each with its own cached copy of
// the statistics): each follows the other's publishes from the change log, and reloads the
// snapshot only when the changes it lacks were folded into it.

let file: string | null = null
let a: { payload: Payload; req: PayloadRequest }
let b: { payload: Payload; req: PayloadRequest }
let snapshotReads = 0

async function instance(key: string) {
  // An in-memory SQLite database is private to its connection: share a file instead.
  if (process.env.DATABASE_URI === 'file::memory:') {
    file ??= path.join(os.tmpdir(), `showrunner-stats-${process.pid}-${Date.now()}.db`)
    process.env.DATABASE_URI = `file:${file}`
  }
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key })
  return { payload, req: await createLocalReq({}, payload) }
}

beforeAll(async () => {
  a = await instance('stats-process-a')
  b = await instance('stats-process-b')
  // Count B's reads of the snapshot row.
  const findOne = b.payload.db.findOne.bind(b.payload.db)
  b.payload.db.findOne = (args) => {
    if (JSON.stringify(args.where).includes('"df"')) snapshotReads += 1
    return findOne(args)
  }
})

afterAll(async () => {
  await a?.payload.destroy()
  await b?.payload.destroy()
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (file) fs.rmSync(`${file}${suffix}`, { force: true })
  }
})

it('follows the other process’s changes from the log, then from a new snapshot', async () => {
  const expected = createStats()
  await updateStats(a.req, { add: features(0) })
  addToStats(expected, features(0))
  expectSameStats((await loadStats(b.req)).stats, expected)
  expect(snapshotReads).toBe(1)

  for (let i = 1; i <= 5; i++) {
    await updateStats(a.req, { add: features(i) })
    addToStats(expected, features(i))
  }
  expectSameStats((await loadStats(b.req)).stats, expected)
  expect(snapshotReads).toBe(1)

  // B publishes too; A catches up the same way.
  await updateStats(b.req, { add: features(100) })
  addToStats(expected, features(100))
  expectSameStats((await loadStats(a.req)).stats, expected)

  // A folds the log into a new snapshot: B, missing changes that are gone, reloads it once.
  for (let i = 6; i < 6 + COMPACT_EVERY; i++) {
    await updateStats(a.req, { add: features(i) })
    addToStats(expected, features(i))
  }
  expectSameStats((await loadStats(b.req)).stats, expected)
  expect(snapshotReads).toBe(2)
})
