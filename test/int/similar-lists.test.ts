import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { CorpusStats, DocFeatures } from '../../src/similarity'
import { addToStats, createStats } from '../../src/similarity'
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
  liveRows,
  publishNow,
} from '../helpers/similarFixtures'
import { act } from '../helpers/workflow'

type Id = number | string

let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
const ids: Partial<Record<SpecName, Id>> = {}
let runs = 0

const publish = async (name: SpecName) => {
  ids[name] = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, name, ` #${++runs}`),
  )
  return ids[name]
}

/** Writes a draft as the author and takes it through review to publication, as the newsroom does. */
async function publishThroughWorkflow(name: SpecName): Promise<Id> {
  const draft = await payload.create({
    collection: 'articles',
    data: articleData(catalog, name, ` #${++runs}`),
    draft: true,
    user: accounts.author.user,
    overrideAccess: false,
    depth: 0,
  })
  await act(payload, accounts.author, draft.id, 'submit', { assignee: accounts.editor.id })
  await act(payload, accounts.editor, draft.id, 'approve')
  await act(payload, accounts.editor, draft.id, 'publish')
  return draft.id
}

const versionCount = async (id: Id) =>
  (
    await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
    })
  ).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  for (const name of [
    'qotKisses',
    'cloyKisses',
    'goblinRomance',
    'qotRatings',
    'cloyRatings',
    'goblinRatings',
  ] as const) {
    await publish(name)
  }
})

afterAll(async () => {
  await payload.destroy()
})

it('lists like with like: romance with romance, ratings with ratings', async () => {
  const romance = await liveList(payload, ids.qotKisses!)
  expect(romance.slice(0, 2).sort()).toEqual([ids.cloyKisses, ids.goblinRomance].map(String).sort())
  const ratings = await liveList(payload, ids.qotRatings!)
  expect(ratings.slice(0, 2).sort()).toEqual(
    [ids.cloyRatings, ids.goblinRatings].map(String).sort(),
  )
  const rows = await liveRows(payload, ids.qotKisses!)
  expect(rows.every((row) => typeof row.score === 'number' && row.isPinned === false)).toBe(true)
  const scores = rows.map((row) => row.score!)
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
})

it('a publish through the workflow has its list when the call returns, and joins its peers’ lists', async () => {
  const peersBefore = await liveList(payload, ids.qotKisses!)
  expect(peersBefore).not.toContain(String(ids.newQotRomance))
  const id = await publishThroughWorkflow('newQotRomance')
  ids.newQotRomance = id

  const own = await liveList(payload, id)
  expect(own[0]).toBe(String(ids.qotKisses))
  // The ratings brief of the same drama shares people and drama, but not the topic.
  const ratingsRank = own.indexOf(String(ids.qotRatings))
  if (ratingsRank !== -1) expect(ratingsRank).toBeGreaterThan(own.indexOf(String(ids.cloyKisses)))

  expect((await liveList(payload, ids.qotKisses!))[0]).toBe(String(id))
  expect(await liveList(payload, ids.cloyKisses!)).toContain(String(id))
})

it('drafts never appear in any list, even a copy of a live article', async () => {
  const draft = await payload.create({
    collection: 'articles',
    data: { ...articleData(catalog, 'qotKisses', ' (draft copy)'), author: accounts.editor.id },
    draft: true,
    depth: 0,
  })
  expect(await everyListedId(payload)).not.toContain(String(draft.id))
  // Nor does the draft get a list or an index entry of its own.
  expect(await liveList(payload, draft.id)).toEqual([])
  const { totalDocs } = await payload.count({
    collection: 'similarity-entries',
    where: { article: { equals: draft.id } },
  })
  expect(totalDocs).toBe(0)
})

it('a draft revision of a live article changes nothing until it is published', async () => {
  const id = ids.goblinRatings!
  const before = await liveList(payload, id)
  const romanceBefore = await liveList(payload, ids.goblinRomance!)
  // An editor rewrites the live brief as a romance piece: saved as a draft revision.
  await payload.update({
    collection: 'articles',
    id,
    data: articleData(catalog, 'goblinRomance', ' (rewritten)'),
    user: accounts.editor.user,
    overrideAccess: false,
    depth: 0,
  })
  expect(await liveList(payload, id)).toEqual(before)
  expect(await liveList(payload, ids.goblinRomance!)).toEqual(romanceBefore)
})

it('unpublishing, archiving and deleting take an article out of every list', async () => {
  const cloy = ids.cloyKisses!
  expect(await everyListedId(payload)).toContain(String(cloy))
  await act(payload, accounts.editor, cloy, 'unpublish')
  expect(await everyListedId(payload)).not.toContain(String(cloy))
  expect(await liveList(payload, ids.qotKisses!)).not.toContain(String(cloy))

  const goblin = ids.goblinRomance!
  await act(payload, accounts.editor, goblin, 'archive')
  expect(await everyListedId(payload)).not.toContain(String(goblin))

  const ratings = ids.cloyRatings!
  expect(await everyListedId(payload)).toContain(String(ratings))
  await payload.delete({ collection: 'articles', id: ratings, user: accounts.editor.user })
  expect(await everyListedId(payload)).not.toContain(String(ratings))
  // Nor are they filed in the index any more.
  const entries = await payload.count({
    collection: 'similarity-entries',
    where: { article: { in: [cloy, goblin, ratings] } },
  })
  expect(entries.totalDocs).toBe(0)

  // Published again, it is listed again.
  await act(payload, accounts.editor, cloy, 'submit', { assignee: accounts.editor.id })
  await act(payload, accounts.admin, cloy, 'approve')
  await act(payload, accounts.admin, cloy, 'publish')
  expect(await liveList(payload, ids.qotKisses!)).toContain(String(cloy))
})

it('keeps the corpus statistics equal to the live articles’ features', async () => {
  const entries = await payload.find({ collection: 'similarity-entries', pagination: false })
  const expected: CorpusStats = createStats()
  for (const entry of entries.docs) addToStats(expected, entry.features as DocFeatures)
  const stored = await readStoredStats(await createLocalReq({}, payload))
  expect(stored.docCount).toBe(expected.docCount)
  expect({ ...stored.df }).toEqual({ ...expected.df })
  const live = await payload.count({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
  })
  expect(expected.docCount).toBe(live.totalDocs)
})

it('writes lists without saving other articles again (no runaway saves)', async () => {
  const peers = [ids.qotKisses!, ids.qotRatings!, ids.newQotRomance!]
  const before = await Promise.all(peers.map(versionCount))
  const stamps = await Promise.all(
    peers.map(async (id) => (await payload.findByID({ collection: 'articles', id })).updatedAt),
  )
  const data = articleData(catalog, 'qotKisses', ' (second take)')
  const id = await publishNow(payload, accounts.editor.id, data)
  expect(await versionCount(id)).toBe(1)
  expect(await Promise.all(peers.map(versionCount))).toEqual(before)
  const after = await Promise.all(
    peers.map(
      async (peer) => (await payload.findByID({ collection: 'articles', id: peer })).updatedAt,
    ),
  )
  expect(after).toEqual(stamps)
  expect(await liveList(payload, ids.qotKisses!)).toContain(String(id))
})

it('keeps the rest of an article intact when its list changes (items, sources, spoiler sections)', async () => {
  const data = articleData(catalog, 'cloyKisses', ' (with items)')
  const id = await publishNow(payload, accounts.editor.id, {
    ...data,
    items: [
      { heading: 'The first kiss', body: data.body },
      { heading: 'The goodbye kiss', body: data.body },
    ],
    sources: [{ label: 'Netflix', url: 'https://www.netflix.com/title/81159258' }],
  })
  const before = await payload.findByID({ collection: 'articles', id, depth: 0 })
  expect(before.items).toHaveLength(2)
  const rowsBefore = await liveList(payload, id)
  // A similar article published next enters this one's list...
  const other = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'cloyKisses', ' (again)'),
  )
  // (liveList first runs the peer job that publish queued.)
  expect(await liveList(payload, id)).not.toEqual(rowsBefore)
  const after = await payload.findByID({ collection: 'articles', id, depth: 0 })
  expect(
    (after.similarArticles as Array<{ article: unknown }>).map((row) => String(row.article)),
  ).toContain(String(other))
  // ...and nothing else of it changed.
  expect(after.items).toEqual(before.items)
  expect(after.sources).toEqual(before.sources)
  expect(after.spoilerSections).toEqual(before.spoilerSections)
  expect(after.body).toEqual(before.body)
  expect(after.updatedAt).toBe(before.updatedAt)
})
