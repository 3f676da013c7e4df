import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROUNDS = 30
const SIZES = [1_000, 10_000]
const KINDS = ['love', 'laugh', 'wow', 'sad', 'angry']

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const round2 = (value: number) => Math.round(value * 100) / 100

async function medianMs(url: string): Promise<number> {
  const samples: number[] = []
  for (let round = 0; round < ROUNDS + 3; round += 1) {
    const start = performance.now()
    const res = await fetch(url)
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    if (round >= 3) samples.push(performance.now() - start)
  }
  return round2(median(samples))
}

/**
 * What counting reactions on read costs: the median latency of an anonymous REST read of one
 * article with `reactionCounts` (one grouped count over the (article, reaction) index) and without
 * it (`select` leaving it out), with 1k and 10k reactions on that article, on a scratch SQLite file.
 */
export async function benchNewsroomReactions(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-bench-reactions-'))
  process.env.DATABASE_URI = process.env.BENCH_DATABASE_URI || `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET ||= 'showrunner-bench-secret'
  process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'
  process.env.RATE_LIMIT_MAX ||= '1000000'
  // Each sample must reach the database, not the HTTP cache.
  process.env.CACHE_MAX_AGE = '0'
  const { startServer } = await import('../src/server')
  const server = await startServer({ port: 0, withNext: false, shouldSeed: false })
  const { payload } = server
  const figures: Record<string, number> = {}
  try {
    const author = await payload.create({
      collection: 'authors',
      data: {
        email: 'bench_author@bench.test',
        password: 'bench-password-1',
        name: 'Bench',
        handle: 'bench_author',
        role: 'admin',
      },
    })
    let readers = 0
    for (const size of SIZES) {
      const article = await payload.create({
        collection: 'articles',
        data: { title: `Bench ${size}`, format: 'news', author: author.id, _status: 'published' },
        context: { disableRevalidate: true, skipSimilarity: true },
        depth: 0,
      })
      for (let index = 0; index < size; index += 1) {
        const reader = await payload.db.create({
          collection: 'readers',
          data: { email: `r${++readers}@bench.test`, displayName: `r${readers}` },
        })
        await payload.db.create({
          collection: 'reactions',
          data: { article: article.id, reader: reader.id, reaction: KINDS[index % KINDS.length] },
        })
      }
      const base = `${server.url}/api/articles/${article.id}?depth=0`
      figures[`readWithCountsMs_${size}`] = await medianMs(base)
      figures[`readWithoutCountsMs_${size}`] = await medianMs(
        `${base}&select[title]=true&select[slug]=true&select[excerpt]=true`,
      )
    }
    return figures
  } finally {
    await server.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
