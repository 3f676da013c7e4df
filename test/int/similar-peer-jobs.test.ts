import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { SIMILAR_QUEUE, TASKS } from '../../src/jobs/queueJob'
import { updatePeerLists } from '../../src/similarityGlue/peerLists'
import { loadStats } from '../../src/similarityGlue/statsStore'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SimilarCatalog } from '../helpers/similarFixtures'
import {
  articleData,
  createSimilarCatalog,
  publishNow,
  runSimilarJobs,
} from '../helpers/similarFixtures'
import { act } from '../helpers/workflow'

type Id = number | string
type Row = { article?: unknown }

let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
const peers: Id[] = []
let runs = 0

/** Every stored list (straight from the database: no read guard) and the ids it names. */
async function storedLists(): Promise<Map<string, string[]>> {
  const { docs } = await payload.db.find({
    collection: 'articles',
    select: { similarArticles: true },
    limit: 0,
    pagination: false,
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      (((doc as { similarArticles?: Row[] | null }).similarArticles ?? []) as Row[]).map((row) =>
        String(row.article),
      ),
    ]),
  )
}

/** The queued (not yet run) peer jobs, oldest first. */
async function queuedJobs(): Promise<Array<{ id: Id; articleId: string }>> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: SIMILAR_QUEUE } },
        { taskSlug: { equals: TASKS.similarPeers } },
        { completedAt: { exists: false } },
      ],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs.map((job) => ({
    id: job.id,
    articleId: String((job.input as { articleId: string }).articleId),
  }))
}

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  for (const name of ['qotKisses', 'qotRatings', 'cloyKisses'] as const) {
    peers.push(await publishNow(payload, accounts.editor.id, articleData(catalog, name)))
  }
  await runSimilarJobs(payload)
})

afterAll(async () => {
  await payload.destroy()
})

it('queues one peer job with the publish, and leaves the peers to it', async () => {
  const before = await storedLists()
  const id = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'newQotRomance', ` #${++runs}`),
  )
  expect((await queuedJobs()).map((job) => job.articleId)).toEqual([String(id)])
  // Not yet in any peer's stored list; its own list is stored with it.
  for (const peer of peers)
    expect((await storedLists()).get(String(peer))).toEqual(before.get(String(peer)))
  expect((await storedLists()).get(String(id))!.length).toBeGreaterThan(0)
  await runSimilarJobs(payload)
  const after = await storedLists()
  expect(peers.filter((peer) => after.get(String(peer))!.includes(String(id)))).not.toEqual([])
})

it('leaves no stale entry when a publish’s job runs after the unpublish that followed it', async () => {
  const id = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'qotKisses', ` #${++runs}`),
  )
  await runSimilarJobs(payload)
  const other = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'qotRatings', ` #${++runs}`),
  )
  await act(payload, accounts.editor, other, 'unpublish')
  await act(payload, accounts.editor, id, 'unpublish')
  const jobs = await queuedJobs()
  // `other` was never filed (its publish's job had not run), so its unpublish has nothing to undo:
  // that job finds it no longer live and files nothing.
  expect(jobs.map((job) => job.articleId)).toEqual([String(other), String(id)])
  // Run newest first: each job reads the live state, so the order cannot matter.
  for (const job of [...jobs].reverse()) await payload.jobs.runByID({ id: job.id, silent: true })
  expect(await queuedJobs()).toEqual([])
  for (const [owner, list] of await storedLists()) {
    expect({ owner, list }).toEqual({
      owner,
      list: list.filter((named) => named !== String(id) && named !== String(other)),
    })
  }
})

it('changes nothing when a peer update runs again (idempotent)', async () => {
  const id = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'cloyKisses', ` #${++runs}`),
  )
  await runSimilarJobs(payload)
  const settled = await storedLists()
  const req = await createLocalReq({}, payload)
  await updatePeerLists(req, String(id), [])
  await updatePeerLists(req, String(id), peers.map(String))
  expect(await storedLists()).toEqual(settled)
})

it('guards every list of a list read with one liveness lookup', async () => {
  await runSimilarJobs(payload)
  const db = payload.db as unknown as {
    findDistinct: (args: { collection: string; field: string }) => Promise<unknown>
  }
  const findDistinct = db.findDistinct
  let lookups = 0
  db.findDistinct = (args) => {
    if (args.collection === 'articles' && args.field === 'id') lookups += 1
    return findDistinct.call(payload.db, args)
  }
  try {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      depth: 0,
      limit: 10,
    })
    const withLists = docs.filter((doc) => ((doc.similarArticles ?? []) as unknown[]).length > 0)
    expect(withLists.length).toBeGreaterThan(1)
    expect(lookups).toBe(1)
  } finally {
    db.findDistinct = findDistinct
  }
})

it('leaves nothing in the index when an article is deleted while still filed', async () => {
  const before = await indexRows()
  const id = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'cloyKisses', ` #${++runs}`),
  )
  await runSimilarJobs(payload)
  const filed = await indexRows()
  expect(filed.entries).toBe(before.entries + 1)
  expect(filed.docCount).toBe(before.docCount + 1)
  expect([...(await storedLists()).values()].flat()).toContain(String(id))
  // As when the publish's peer job files the article while the delete runs (PostgreSQL: its
  // transaction cannot see the delete's): the entry is still there when the row goes.
  await payload.delete({ collection: 'articles', id, context: { skipSimilarity: true } })
  await runSimilarJobs(payload)
  expect(await indexRows()).toEqual(before)
  expect([...(await storedLists()).values()].flat()).not.toContain(String(id))
})

/** How many entries and postings the index holds, and how many articles its statistics count. */
async function indexRows() {
  const count = async (collection: 'similarity-entries' | 'similarity-postings') =>
    (await payload.db.count({ collection, where: {} })).totalDocs
  const req = await createLocalReq({}, payload)
  return {
    entries: await count('similarity-entries'),
    postings: await count('similarity-postings'),
    docCount: (await loadStats(req)).stats.docCount,
  }
}
