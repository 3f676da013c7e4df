import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROUNDS = 30
const REFERENCING_ARTICLES = 20

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * What revalidation events cost the save that causes them: the median latency of a live article
 * update and of a drama update (named by 20 live articles, so its event looks them up), with a
 * webhook configured and without, interleaved round by round in one process. Delivery happens in
 * the job queue afterwards and is not part of the save. Scratch SQLite unless BENCH_DATABASE_URI.
 */
export async function benchRevalidation(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-bench-revalidation-'))
  process.env.DATABASE_URI = process.env.BENCH_DATABASE_URI || `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET ||= 'showrunner-bench-secret'
  process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { getOptionsFromConfig } = await import('../src/options')
  const payload = await getPayload({ config })
  try {
    const author = await payload.create({
      collection: 'authors',
      data: { email: 'rv@bench.test', password: 'bench-password-1', name: 'rv', handle: 'rv' },
    })
    const drama = await payload.create({
      collection: 'dramas',
      data: { title: `Bench drama ${Date.now()}`, episodes: 16 },
    })
    const articles = []
    for (let n = 0; n < REFERENCING_ARTICLES; n += 1) {
      const doc = await payload.create({
        collection: 'articles',
        data: {
          title: `Bench article ${n} ${Date.now()}`,
          format: 'news',
          author: author.id,
          dramas: [drama.id],
          _status: 'published',
        },
        depth: 0,
        context: { skipSimilarity: true },
      })
      articles.push(doc.id)
    }
    const { webhooks } = getOptionsFromConfig(payload.config)
    const webhook = {
      url: 'http://127.0.0.1:9/bench',
      secret: 'bench',
      events: ['content.updated' as const],
    }
    const setWebhook = (isOn: boolean) => {
      const at = webhooks.indexOf(webhook)
      if (isOn && at < 0) webhooks.push(webhook)
      if (!isOn && at >= 0) webhooks.splice(at, 1)
    }
    const samples = { articleOff: [] as number[], articleOn: [] as number[] }
    const dramaSamples = { off: [] as number[], on: [] as number[] }
    for (let round = 0; round < ROUNDS + 3; round += 1) {
      for (const isOn of round % 2 ? [true, false] : [false, true]) {
        setWebhook(isOn)
        let start = performance.now()
        await payload.update({
          collection: 'articles',
          id: articles[0]!,
          data: { excerpt: `Round ${round} ${isOn}`, _status: 'published' },
          depth: 0,
          context: { skipSimilarity: true },
        })
        const article = performance.now() - start
        start = performance.now()
        await payload.update({
          collection: 'dramas',
          id: drama.id,
          data: { synopsis: `Round ${round} ${isOn}` },
          depth: 0,
        })
        const dramaMs = performance.now() - start
        if (round < 3) continue
        ;(isOn ? samples.articleOn : samples.articleOff).push(article)
        ;(isOn ? dramaSamples.on : dramaSamples.off).push(dramaMs)
      }
    }
    setWebhook(false)
    const jobs = await payload.count({ collection: 'payload-jobs' })
    return {
      rounds: ROUNDS,
      referencingArticles: REFERENCING_ARTICLES,
      articleUpdateMsWithoutWebhook: round2(median(samples.articleOff)),
      articleUpdateMsWithWebhook: round2(median(samples.articleOn)),
      dramaUpdateMsWithoutWebhook: round2(median(dramaSamples.off)),
      dramaUpdateMsWithWebhook: round2(median(dramaSamples.on)),
      eventsQueued: jobs.totalDocs,
    }
  } finally {
    await payload.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
