import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROUNDS = 200

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const round3 = (value: number) => Math.round(value * 1000) / 1000

/**
 * What checking a GraphQL document before Payload runs it costs (src/http/graphqlGuard.ts: parse,
 * shape checks, the standard rules and complexity, done again by Payload afterwards), in ms per
 * request for an ordinary page query (sent before, and new), and what the attacks of issue 10 cost now over HTTP: 300
 * aliases of spoilerSafeArticle (3.5 s of CPU before) and a fragment cycle (a 500 before).
 */
export async function benchGraphqlGuard(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-bench-graphql-'))
  process.env.DATABASE_URI = process.env.BENCH_DATABASE_URI || `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET ||= 'showrunner-bench-secret'
  process.env.RATE_LIMIT_MAX ||= '1000000'
  const { startServer } = await import('../src/server')
  const { graphqlInspector } = await import('../src/http/graphqlGuard')
  const server = await startServer({ port: 0, withNext: false, shouldSeed: false })
  try {
    const inspect = graphqlInspector(server.payload.config)
    const page = `query Page($slug: String) {
      Articles(where: { slug: { equals: $slug } }, limit: 1) {
        docs { id title slug excerpt publishedAt author { name handle } dramas { title slug }
          heroImage { url alt } tags }
      }
      similarArticles(id: 1, limit: 5) { score article { title slug heroImage { url } } }
    }`
    const body = { query: page, variables: { slug: 'x' } }
    inspect(body) // builds the schema once
    const guard: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const start = performance.now()
      inspect(body)
      guard.push(performance.now() - start)
    }
    // A query never seen before (a comment makes each one new): the cost without the cache.
    const fresh: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const start = performance.now()
      inspect({ ...body, query: `${page}\n# ${i}` })
      fresh.push(performance.now() - start)
    }
    const post = async (query: string) => {
      const start = performance.now()
      const res = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      await res.text()
      if (res.status !== 400) throw new Error(`expected a 400, got ${res.status}`)
      return performance.now() - start
    }
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: spoilerSafeArticle(id: 1) { id }`)
    const flood: number[] = []
    const cycle: number[] = []
    for (let i = 0; i < 20; i++) {
      flood.push(await post(`{ ${aliases.join(' ')} }`))
      cycle.push(
        await post(
          'query { Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }',
        ),
      )
    }
    return {
      pageQueryGuardMedianMs: round3(median(guard)),
      pageQueryGuardUncachedMedianMs: round3(median(fresh)),
      spoilerSafeArticle300AliasesRefusedMedianMs: round3(median(flood)),
      fragmentCycleRefusedMedianMs: round3(median(cycle)),
    }
  } finally {
    await server.close()
  }
}
