import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { richText } from './spoilerFixtures'
import { countUnfinishedJobs, SIMILAR_QUEUE } from '../../src/jobs/queueJob'

type Id = number | string

/** Dramas and people the similar-articles tests link articles to, by slug. */
export type SimilarCatalog = {
  dramas: Record<'qot' | 'cloy' | 'goblin', Id>
  people: Record<'kimSooHyun' | 'kimJiWon' | 'hyunBin' | 'sonYeJin' | 'gongYoo', Id>
}

export async function createSimilarCatalog(payload: Payload): Promise<SimilarCatalog> {
  const drama = async (title: string) =>
    (await payload.create({ collection: 'dramas', data: { title, episodes: 16 } })).id
  const person = async (name: string) =>
    (await payload.create({ collection: 'people', data: { name } })).id
  return {
    dramas: {
      qot: await drama('Queen of Tears'),
      cloy: await drama('Crash Landing on You'),
      goblin: await drama('Goblin'),
    },
    people: {
      kimSooHyun: await person('Kim Soo Hyun'),
      kimJiWon: await person('Kim Ji Won'),
      hyunBin: await person('Hyun Bin'),
      sonYeJin: await person('Son Ye Jin'),
      gongYoo: await person('Gong Yoo'),
    },
  }
}

type Spec = {
  title: string
  format: 'listicle' | 'news' | 'feature' | 'recap'
  text: string[]
  dramas: Array<keyof SimilarCatalog['dramas']>
  people: Array<keyof SimilarCatalog['people']>
  tags: string[]
}

/** Original short articles: romance pieces about three dramas, and ratings briefs about the same. */
export const SIMILAR_SPECS = {
  qotKisses: {
    title: 'Queen of Tears: the most romantic kisses of Hae In and Hyun Woo',
    format: 'listicle',
    text: [
      'The marriage at the heart of Queen of Tears starts cold, which makes every kiss between Hae In and Hyun Woo land harder.',
      'First comes the hesitant kiss in the hospital garden, then the sweet kiss in Germany, and finally the tearful kiss that rekindles their romance.',
      'The chemistry between Kim Soo Hyun and Kim Ji Won turns each romantic scene into a quiet confession of love.',
    ],
    dramas: ['qot'],
    people: ['kimSooHyun', 'kimJiWon'],
    tags: ['romance'],
  },
  cloyKisses: {
    title: 'Crash Landing on You: the most romantic kisses of Se Ri and Jeong Hyeok',
    format: 'listicle',
    text: [
      'A South Korean heiress and a North Korean officer should never fall in love, which is why every kiss in Crash Landing on You feels stolen.',
      'The unexpected first kiss, the goodbye kiss at the border and the reunion kiss in Switzerland each raise the romance a notch.',
      'The chemistry between Hyun Bin and Son Ye Jin makes each romantic scene a confession of love.',
    ],
    dramas: ['cloy'],
    people: ['hyunBin', 'sonYeJin'],
    tags: ['romance'],
  },
  goblinRomance: {
    title: 'Goblin: the sweetest romantic moments of Kim Shin and Eun Tak',
    format: 'listicle',
    text: [
      'A lonely immortal and a high school student share a first kiss under falling snow, and the romance of Goblin never looks back.',
      'The sweet confession by the sea, the kiss at the cafe and the bittersweet farewell make it a love story fans still rewatch.',
      'The chemistry of Gong Yoo with his co-star keeps every romantic moment tender.',
    ],
    dramas: ['goblin'],
    people: ['gongYoo'],
    tags: ['romance'],
  },
  qotRatings: {
    title: 'Queen of Tears finale sets a tvN ratings record',
    format: 'news',
    text: [
      'The final episode of Queen of Tears recorded an average nationwide rating of 24.9 percent, according to Nielsen Korea.',
      'The figure is the highest in the history of tvN, beating the previous record for the channel by more than three points.',
      'Viewership peaked at 27.3 percent during the last twenty minutes of the broadcast.',
    ],
    dramas: ['qot'],
    people: ['kimSooHyun', 'kimJiWon'],
    tags: ['ratings'],
  },
  cloyRatings: {
    title: 'Crash Landing on You ends with record ratings for tvN',
    format: 'news',
    text: [
      'The final episode of Crash Landing on You recorded an average nationwide rating of 21.7 percent, according to Nielsen Korea.',
      'It was the highest rating in the history of tvN at the time, and the viewership of the finale peaked above 24 percent.',
    ],
    dramas: ['cloy'],
    people: ['hyunBin', 'sonYeJin'],
    tags: ['ratings'],
  },
  goblinRatings: {
    title: 'Goblin finale breaks cable ratings record',
    format: 'news',
    text: [
      'The last episode of Goblin recorded an average nationwide rating of 18.7 percent, according to Nielsen Korea.',
      'At the time it was the highest rating ever reached by a cable drama, and viewership kept climbing through the final weeks.',
    ],
    dramas: ['goblin'],
    people: ['gongYoo'],
    tags: ['ratings'],
  },
  newQotRomance: {
    title: 'Queen of Tears: every kiss and confession of Hae In and Hyun Woo, ranked',
    format: 'listicle',
    text: [
      'Queen of Tears gave its married couple a second romance, and the kisses of Hae In and Hyun Woo chart it scene by scene.',
      'We ranked every kiss and every confession, from the awkward kiss in the hospital to the tearful kiss that brings them back together.',
      'Kim Soo Hyun and Kim Ji Won carry the chemistry of each romantic moment.',
    ],
    dramas: ['qot'],
    people: ['kimSooHyun', 'kimJiWon'],
    tags: ['romance'],
  },
} satisfies Record<string, Spec>

export type SpecName = keyof typeof SIMILAR_SPECS

/** The article data of a spec, linked to the catalog (title made unique with `suffix`). */
export function articleData(catalog: SimilarCatalog, name: SpecName, suffix = '') {
  const spec: Spec = SIMILAR_SPECS[name]
  return {
    title: `${spec.title}${suffix}`,
    format: spec.format,
    body: richText(...spec.text),
    dramas: spec.dramas.map((key) => catalog.dramas[key]),
    people: spec.people.map((key) => catalog.people[key]),
    tags: spec.tags,
  }
}

/** Creates a live article the way the seed does (trusted Local API, published at once). */
export async function publishNow(
  payload: Payload,
  authorId: Id,
  data: Omit<RequiredDataFromCollectionSlug<'articles'>, 'author'>,
): Promise<Id> {
  const doc = await payload.create({
    collection: 'articles',
    data: { ...data, author: authorId, _status: 'published' },
    depth: 0,
  })
  return doc.id
}

type Row = { article: unknown; score?: number | null; isPinned?: boolean | null }

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * Runs the similar-lists queue until it is empty: the peer updates a publish, unpublish or delete
 * queued (a server's job runner does this within a second).
 */
export async function runSimilarJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const result = await payload.jobs.run({
      queue: SIMILAR_QUEUE,
      limit: 50,
      silent: { info: true },
    })
    if (!result || result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0)
      return
  }
}

/**
 * Waits until no similar-lists job is left unfinished, running the queue itself as well: with a
 * server's job runner on, a job it has picked up is finished by it, and this waits for that.
 */
export async function settleSimilarJobs(payload: Payload, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await runSimilarJobs(payload)
    const totalDocs = await countUnfinishedJobs(payload, SIMILAR_QUEUE)
    if (totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${totalDocs} similar jobs still unfinished`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** The live article's `similarArticles`, as ids in order (once the peer jobs have run). */
export async function liveList(payload: Payload, id: Id): Promise<string[]> {
  return (await liveRows(payload, id)).map((row) => idOf(row.article))
}

export async function liveRows(payload: Payload, id: Id): Promise<Row[]> {
  await runSimilarJobs(payload)
  const doc = await payload.findByID({ collection: 'articles', id, depth: 0, draft: false })
  return (doc.similarArticles ?? []) as Row[]
}

/** Every article id named by any article's stored list (the live documents'). */
export async function everyListedId(payload: Payload): Promise<Set<string>> {
  await runSimilarJobs(payload)
  const listed = new Set<string>()
  const { docs } = await payload.find({
    collection: 'articles',
    depth: 0,
    draft: false,
    pagination: false,
    select: { similarArticles: true },
  })
  for (const doc of docs) {
    for (const row of (doc.similarArticles ?? []) as Row[]) listed.add(idOf(row.article))
  }
  return listed
}
