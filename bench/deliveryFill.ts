import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { richText } from '../src/seed/lexical'
import type { Id } from './similarityPublishFill'
import { fill, openPayload } from './similarityPublishFill'

// Database side of the delivery benchmark: the publish benchmark's synthetic archive (same fill),
// plus what a live archive has and the fill leaves out: a similar list of 20 on every article (the
// shape the engine stores, peers drawn at random: only the size of the list matters for reads),
// and one listicle with ten items (scene and drama each) to read by slug.

const LIST_SIZE = 20
const BATCH = 1_000
export const LISTICLE_SLUG = 'delivery-bench-listicle'

/** What the measurements need to know about the filled archive. */
export type Archive = { dramaSlug: string; tag: string; listicleSlug: string }

async function ensureAuthor(payload: Payload): Promise<Id> {
  const { docs } = await payload.find({ collection: 'authors', limit: 1, depth: 0 })
  if (docs[0]) return docs[0].id
  const data = {
    email: 'bench@showrunner.test',
    password: 'bench-password',
    name: 'Bench',
    handle: 'bench',
  }
  return (await payload.create({ collection: 'authors', data })).id
}

/** mulberry32, as the synthetic archive uses: the same lists on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Writes a similar list on every article that has none (through the adapter, like the engine). */
async function fillSimilarLists(payload: Payload) {
  const req = await createLocalReq({ context: { skipSimilarity: true } }, payload)
  const { docs } = await payload.db.find({
    collection: 'articles',
    select: { similarArticles: true },
    limit: 0,
    pagination: false,
    req,
  })
  const ids = docs.map((doc) => doc.id)
  const missing = (docs as Array<{ id: Id; similarArticles?: unknown }>).filter(
    (doc) => !Array.isArray(doc.similarArticles) || doc.similarArticles.length === 0,
  )
  const rand = random(7)
  for (let start = 0; start < missing.length; start += BATCH) {
    await initTransaction(req)
    for (const doc of missing.slice(start, start + BATCH)) {
      const similarArticles = Array.from({ length: LIST_SIZE }, (_, rank) => ({
        article: ids[Math.floor(rand() * ids.length)],
        score: Math.round((1 - rank / LIST_SIZE) * 1000) / 1000,
        isPinned: false,
      })).filter((row) => row.article !== doc.id)
      await payload.db.updateOne({
        collection: 'articles',
        id: doc.id,
        data: { similarArticles },
        req,
        returning: false,
      })
    }
    await commitTransaction(req)
    process.stderr.write(
      `\r  similar lists ${Math.min(start + BATCH, missing.length)}/${missing.length}`,
    )
  }
  if (missing.length > 0) process.stderr.write('\n')
}

/** A published listicle with ten items, each a scene of a drama of the archive. */
async function ensureListicle(payload: Payload, authorId: Id, dramaIds: Id[]) {
  const found = await payload.db.findOne({
    collection: 'articles',
    where: { slug: { equals: LISTICLE_SLUG } },
  })
  if (found) return
  const items = []
  for (let i = 0; i < 10; i++) {
    const drama = dramaIds[i % dramaIds.length]!
    const scene = await payload.db.create({
      collection: 'scenes',
      data: {
        title: `Scene ${i + 1}`,
        drama,
        episode: 1 + i,
        kind: 'kiss',
        characters: ['Kim Mi So'],
      },
      select: { id: true },
    })
    items.push({
      // The adapter takes rows as stored: array rows carry their own id.
      id: randomBytes(12).toString('hex'),
      heading: `Number ${10 - i}`,
      scene: scene.id,
      drama,
      body: richText(`Why item ${i + 1} stays with us.`),
    })
  }
  await payload.db.create({
    collection: 'articles',
    data: {
      title: 'Ten scenes we still rewatch',
      slug: LISTICLE_SLUG,
      format: 'listicle',
      author: authorId,
      items,
      dramas: dramaIds.slice(0, 3),
      tags: ['rewatch'],
      _status: 'published',
      stage: 'published',
      workflowSeq: 0,
      publishedAt: new Date().toISOString(),
    },
    returning: false,
  })
}

/** Fills `file` to `size` live articles with lists and the listicle; returns what to query. */
export async function prepareArchive(
  file: string,
  size: number,
  archiveSize: number,
): Promise<Archive> {
  const payload = await openPayload(file, true)
  try {
    const authorId = await ensureAuthor(payload)
    await fill(payload, authorId, size, archiveSize)
    await fillSimilarLists(payload)
    const { docs: dramas } = await payload.db.find({
      collection: 'dramas',
      select: { slug: true },
      sort: 'id',
      limit: 10,
    })
    await ensureListicle(
      payload,
      authorId,
      dramas.map((drama) => drama.id),
    )
    // A drama and a tag as a frontend would filter by: those of the newest synthetic article.
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { like: 'syn-' } },
      sort: '-createdAt',
      limit: 1,
      depth: 1,
    })
    const newest = docs[0] as { dramas?: Array<{ slug?: string }>; tags?: string[] }
    return {
      dramaSlug: String(newest.dramas?.[0]?.slug),
      tag: String(newest.tags?.[0]),
      listicleSlug: LISTICLE_SLUG,
    }
  } finally {
    await payload.destroy()
  }
}
