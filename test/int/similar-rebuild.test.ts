import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { addToStats, createStats } from '../../src/similarity'
import type { DocFeatures } from '../../src/similarity'
import { rebuildSimilarIndex } from '../../src/similarityGlue/rebuildIndex'
import { readStoredStats } from '../../src/similarityGlue/statsStore'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SimilarCatalog, SpecName } from '../helpers/similarFixtures'
import {
  articleData,
  createSimilarCatalog,
  everyListedId,
  liveList,
  publishNow,
  settleSimilarJobs,
} from '../helpers/similarFixtures'
import { expectSameStats } from '../helpers/statsFixtures'

// `npm run similar:rebuild` (rebuildSimilarIndex): from an index that was lost, every live
// article gets its list, entry and statistics back; an interrupted run resumes from its checkpoint.

type Id = number | string

let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
const live: Id[] = []
let draft: Id
const before = new Map<string, string[]>()

const NAMES: SpecName[] = [
  'qotKisses',
  'cloyKisses',
  'goblinRomance',
  'qotRatings',
  'cloyRatings',
  'goblinRatings',
  'newQotRomance',
]

/** Loses the whole index: entries, postings, statistics and every stored list. */
async function wipeIndex() {
  const req = await createLocalReq({ context: { isSimilarityRefresh: true } }, payload)
  for (const collection of [
    'similarity-entries',
    'similarity-postings',
    'similarity-stats',
  ] as const) {
    await payload.db.deleteMany({ collection, where: {}, req })
  }
  for (const id of live) {
    await payload.db.updateOne({
      collection: 'articles',
      id,
      data: { similarArticles: [] },
      req,
      returning: false,
    })
  }
}

async function expectIndexMatchesLiveArticles() {
  for (const id of live) expect(await liveList(payload, id)).toEqual(before.get(String(id)))
  const entries = await payload.find({ collection: 'similarity-entries', pagination: false })
  expect(entries.totalDocs).toBe(live.length)
  const expected = createStats()
  for (const entry of entries.docs) addToStats(expected, entry.features as DocFeatures)
  expectSameStats(await readStoredStats(await createLocalReq({}, payload)), expected)
  expect(await everyListedId(payload)).not.toContain(String(draft))
}

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  for (const name of NAMES)
    live.push(await publishNow(payload, accounts.editor.id, articleData(catalog, name)))
  const copy = { ...articleData(catalog, 'qotKisses', ' (draft)'), author: accounts.editor.id }
  draft = (await payload.create({ collection: 'articles', data: copy, draft: true })).id
  // The lists as publishing left them, then recomputed once by the rebuild: the reference.
  await rebuildSimilarIndex({ payload })
  for (const id of live) before.set(String(id), await liveList(payload, id))
})

afterAll(async () => {
  await payload.destroy()
})

it('gives every live article its list, entry and statistics back, and reports progress', async () => {
  expect([...before.values()].every((list) => list.length > 0)).toBe(true)
  await wipeIndex()
  expect(await liveList(payload, live[0]!)).toEqual([])

  const progress: number[] = []
  const result = await rebuildSimilarIndex({
    payload,
    onProgress: ({ phase, done, total }) => phase === 'write' && progress.push(done / total),
  })
  expect(result).toMatchObject({ articles: live.length, written: live.length, removed: 0 })
  expect(progress.at(-1)).toBe(1)
  await expectIndexMatchesLiveArticles()
})

it('resumes after its checkpoint, writing only the articles after it', async () => {
  await wipeIndex()
  const sorted = live.map(String).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
  // An interrupted run had checkpointed the third article: the resumed one skips up to it.
  const resumed = await rebuildSimilarIndex({ payload, resumeAfter: sorted[2]! })
  expect(resumed.written).toBe(live.length - 3)
  for (const id of sorted.slice(0, 3)) expect(await liveList(payload, id)).toEqual([])
  for (const id of sorted.slice(3)) expect(await liveList(payload, id)).toEqual(before.get(id))
})

it('drops an article no longer live with its postings, so republishing files it again', async () => {
  const id = await publishNow(payload, accounts.editor.id, articleData(catalog, 'cloyKisses', ' 2'))
  await settleSimilarJobs(payload)
  const postingsOf = async () =>
    (
      await payload.db.count({
        collection: 'similarity-postings',
        where: { article: { equals: id } },
      })
    ).totalDocs
  expect(await postingsOf()).toBe(1)
  // Unpublished behind the index's back (a crash before its job ran): the rebuild repairs it.
  await payload.db.updateOne({
    collection: 'articles',
    id,
    data: { _status: 'draft' },
    returning: false,
  })
  expect((await rebuildSimilarIndex({ payload })).removed).toBe(1)
  expect(await postingsOf()).toBe(0)

  // An interrupted run left postings without their entry: filing afresh clears them.
  await payload.update({ collection: 'articles', id, data: { _status: 'published' } })
  await settleSimilarJobs(payload)
  expect(await postingsOf()).toBe(1)
  const entries = { collection: 'similarity-entries' as const, where: { article: { equals: id } } }
  await payload.db.deleteMany({ ...entries, req: await createLocalReq({}, payload) })
  await rebuildSimilarIndex({ payload })
  expect(await postingsOf()).toBe(1)
  expect((await payload.db.count(entries)).totalDocs).toBe(1)
})
