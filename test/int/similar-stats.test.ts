import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { addToStats, createStats, removeFromStats } from '../../src/similarity'
import {
  COMPACT_EVERY,
  loadStats,
  readStoredStats,
  updateStats,
} from '../../src/similarityGlue/statsStore'
import { getTestPayload } from '../helpers/payload'
import { expectSameStats, statsDoc as features } from '../helpers/statsFixtures'

// The corpus statistics as a snapshot plus a log of changes: what is stored always adds up to
// the documents counted in and out, across compactions.

let payload: Payload
let req: PayloadRequest

beforeAll(async () => {
  payload = await getTestPayload()
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await payload.destroy()
})

it('adds up every change across compactions, storing far fewer rows than changes', async () => {
  const expected = createStats()
  const total = COMPACT_EVERY + 30
  for (let i = 0; i < total; i++) {
    await updateStats(req, { add: features(i) })
    addToStats(expected, features(i))
    if (i % 3 === 2) {
      // Some documents leave again, and one is re-counted with new content.
      await updateStats(req, { remove: features(i - 1) })
      removeFromStats(expected, features(i - 1))
    }
  }
  await updateStats(req, { add: features(1000), remove: features(0) })
  addToStats(expected, features(1000))
  removeFromStats(expected, features(0))

  expectSameStats(await readStoredStats(req), expected)
  expectSameStats((await loadStats(req)).stats, expected)
  const rows = await payload.count({ collection: 'similarity-stats', overrideAccess: true })
  expect(rows.totalDocs).toBeLessThan(COMPACT_EVERY)
})
