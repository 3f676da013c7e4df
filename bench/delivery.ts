import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Archive } from './deliveryFill'
import { prepareArchive } from './deliveryFill'
import type { Read, Server } from './deliveryLoad'
import { load, percentile, probeHealth, sampleRss, send, startServer } from './deliveryLoad'
import { startCeiling } from './deliveryCeiling'

// Reads as a frontend and a traffic spike make them, against the express server (API only, a
// process of its own) on SQLite and PostgreSQL holding N live synthetic articles
// (DELIVERY_BENCH_SIZES, default 10000), each with a similar list of 20. Per database and N:
// - single-client bytes and p50/p99 of each read, uncached (the response cache off);
// - requests per second at 10 connections with the plugin on and with SHOWRUNNER_ENABLED=false,
//   interleaved, as a ratio (target ≥ 0.9), with the response cache off and on;
// - the list and the filtered lists (drama slug, tag) at 10 connections, p50/p99, with /healthz
//   probed throughout, from the response cache ("cached") and without it ("uncached");
// - the warm 304 (If-None-Match) of the list at 10 connections, cached and uncached, next to a
//   `node:http` process answering the same bytes from memory (the ceiling), as ratios;
// - 50 connections on the default list for 30 s with the server's peak RSS, cached and uncached.
// Every group of figures carries the machine's 1-minute load average when it was measured
// (`….loadavg`): the machine is shared. Figures are keyed `<db>.n<N>.…`; a run that measures only
// some databases or sizes keeps the others' figures from bench/results.json.
// DELIVERY_BENCH_DATABASES=sqlite,postgres (default sqlite); DELIVERY_BENCH_POSTGRES_URL (default
// the local cluster's sr_listspeed) with one schema per size; DELIVERY_BENCH_DB=<file> keeps the
// SQLite file between runs (`<file>` for the largest size, grown from the smaller ones).
// The server runs with NODE_ENV unset: production would apply the committed migrations on start,
// which the bench's pushed database cannot take; nothing on the read path differs.

const LATENCY_ROUNDS = 20
const RATE_SECONDS = 4
const RATE_ROUNDS = 2
const FILTER_SECONDS = 8
const NOT_MODIFIED_SECONDS = 4
const SPIKE_SECONDS = 30
const UNCACHED = { RESPONSE_CACHE_MB: '0' }

const GRAPHQL = `{ Articles(limit: 10) { docs { id title slug author { name handle }
  dramas { title slug } items { heading scene { title episode } drama { title slug } } } } }`

const loadavg = () => Math.round(os.loadavg()[0]! * 10) / 10
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const round1 = (value: number) => Math.round(value * 10) / 10

function reads(archive: Archive): Record<string, Read> {
  const list = '/api/articles?limit=10'
  return {
    list_depth0: { path: `${list}&depth=0` },
    list_depth1: { path: `${list}&depth=1` },
    list_depth2: { path: `${list}&depth=2` },
    list_default: { path: list },
    listicle_by_slug_depth2: {
      path: `/api/articles?where[slug][equals]=${archive.listicleSlug}&depth=2&limit=1`,
    },
    graphql_10_articles: { path: '/api/graphql', body: JSON.stringify({ query: GRAPHQL }) },
  }
}

function filtered(archive: Archive): Record<string, Read> {
  const list = '/api/articles?limit=10'
  return {
    list: { path: list },
    by_drama_slug: {
      path: `${list}&where[dramas.slug][equals]=${encodeURIComponent(archive.dramaSlug)}`,
    },
    by_tag: { path: `${list}&where[tags][equals]=${encodeURIComponent(archive.tag)}` },
  }
}

type Servers = { on: Server; off: Server; onCached: Server; offCached: Server }

async function singleClient(servers: Servers, archive: Archive, key: string) {
  const results: Record<string, number> = { [`${key}.single.loadavg`]: loadavg() }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  for (const [name, read] of Object.entries(reads(archive))) {
    const first = await send(agent, servers.on.url, read)
    if (first.status !== 200) throw new Error(`${name}: status ${first.status}`)
    for (let i = 0; i < 3; i++) await send(agent, servers.on.url, read)
    const samples = []
    for (let i = 0; i < LATENCY_ROUNDS; i++)
      samples.push((await send(agent, servers.on.url, read)).ms)
    results[`${key}.single.${name}.bytes`] = first.bytes
    results[`${key}.single.${name}.p50_ms`] = percentile(samples, 50)
    results[`${key}.single.${name}.p99_ms`] = percentile(samples, 99)
    console.log(`${key} ${name}: ${first.bytes} B, p50 ${percentile(samples, 50)} ms uncached`)
  }
  agent.destroy()
  return results
}

async function pluginRatio(servers: Servers, archive: Archive, key: string) {
  const results: Record<string, number> = { [`${key}.plugin_ratio.loadavg`]: loadavg() }
  const all = reads(archive)
  const measured = { list_depth2: all.list_depth2!, list_default: all.list_default! }
  for (const [cache, on, off] of [
    ['uncached', servers.on, servers.off],
    ['cached', servers.onCached, servers.offCached],
  ] as const) {
    const rates: Record<string, { on: number[]; off: number[] }> = {}
    for (let round = 0; round < RATE_ROUNDS; round++) {
      for (const [name, read] of Object.entries(measured)) {
        for (const [mode, server] of [
          ['on', on],
          ['off', off],
        ] as const) {
          const result = await load(server.url, read, 10, RATE_SECONDS)
          rates[name] ??= { on: [], off: [] }
          rates[name][mode].push(result.samples.length / result.seconds)
        }
      }
    }
    for (const [name, { on: onRates, off: offRates }] of Object.entries(rates)) {
      const prefix = `${key}.plugin_ratio.${cache}.${name}`
      results[`${prefix}.rps_on`] = round1(mean(onRates))
      results[`${prefix}.rps_off`] = round1(mean(offRates))
      results[`${prefix}.ratio`] = Math.round((mean(onRates) / mean(offRates)) * 100) / 100
      console.log(
        `${prefix}: ${results[`${prefix}.rps_on`]} req/s on, ratio ${results[`${prefix}.ratio`]}`,
      )
    }
  }
  return results
}

async function tenConnections(servers: Servers, archive: Archive, key: string) {
  const results: Record<string, number> = {}
  for (const [cache, server] of [
    ['cached', servers.onCached],
    ['uncached', servers.on],
  ] as const) {
    for (const [name, read] of Object.entries(filtered(archive))) {
      const prefix = `${key}.c10.${cache}.${name}`
      results[`${prefix}.loadavg`] = loadavg()
      const stopProbe = probeHealth(server.url)
      const result = await load(server.url, read, 10, FILTER_SECONDS)
      const health = await stopProbe()
      const ms = result.samples.map((sample) => sample.ms)
      results[`${prefix}.p50_ms`] = percentile(ms, 50)
      results[`${prefix}.p99_ms`] = percentile(ms, 99)
      results[`${prefix}.rps`] = round1(ms.length / result.seconds)
      results[`${prefix}.timeouts`] = result.timeouts + result.errors
      results[`${prefix}.non_200`] = result.samples.filter((s) => s.status !== 200).length
      results[`${prefix}.healthz_slowest_ms`] = Math.round(health.slowestMs)
      results[`${prefix}.healthz_failures`] = health.failures
      console.log(
        `${prefix}: p50 ${percentile(ms, 50)} p99 ${percentile(ms, 99)} ms, healthz ≤ ${Math.round(health.slowestMs)} ms, load ${results[`${prefix}.loadavg`]}`,
      )
    }
  }
  return results
}

/** The warm 304 of the default list, cached and uncached, against node:http serving its bytes. */
async function notModified(servers: Servers, key: string) {
  const results: Record<string, number> = { [`${key}.not_modified.loadavg`]: loadavg() }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const list = '/api/articles?limit=10'
  const first = await new Promise<{ body: Buffer; etag: string }>((resolve, reject) => {
    http
      .get(new URL(list, servers.onCached.url), { agent }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ body: Buffer.concat(chunks), etag: String(res.headers.etag) }),
        )
      })
      .on('error', reject)
  })
  agent.destroy()
  const ceiling = await startCeiling(first.body, first.etag)
  try {
    const read: Read = { path: list, headers: { 'if-none-match': first.etag } }
    const rps: Record<string, number[]> = {
      cached: [],
      uncached: [],
      ceiling200: [],
      ceiling304: [],
    }
    for (let round = 0; round < RATE_ROUNDS; round++) {
      for (const [name, url, r] of [
        ['cached', servers.onCached.url, read],
        ['uncached', servers.on.url, read],
        ['ceiling200', ceiling.url, { path: list }],
        ['ceiling304', ceiling.url, read],
      ] as const) {
        const result = await load(url, r, 10, NOT_MODIFIED_SECONDS)
        const expected = name === 'ceiling200' ? 200 : 304
        if (result.samples.some((sample) => sample.status !== expected)) {
          throw new Error(`${name}: expected only ${expected} answers`)
        }
        rps[name]!.push(result.samples.length / result.seconds)
      }
    }
    const best = (name: string) => Math.max(...rps[name]!)
    results[`${key}.not_modified.cached_rps`] = Math.round(best('cached'))
    results[`${key}.not_modified.uncached_rps`] = Math.round(best('uncached'))
    results[`${key}.not_modified.node_http_200_rps`] = Math.round(best('ceiling200'))
    results[`${key}.not_modified.node_http_304_rps`] = Math.round(best('ceiling304'))
    results[`${key}.not_modified.cached_to_node_http_ratio`] =
      Math.round((best('cached') / best('ceiling200')) * 100) / 100
    results[`${key}.not_modified.uncached_to_node_http_ratio`] =
      Math.round((best('uncached') / best('ceiling200')) * 1000) / 1000
    console.log(
      `${key} 304: cached ${Math.round(best('cached'))}/s, uncached ${Math.round(best('uncached'))}/s, node:http ${Math.round(best('ceiling200'))}/s`,
    )
  } finally {
    await ceiling.stop()
  }
  return results
}

async function spike(servers: Servers, key: string) {
  const results: Record<string, number> = {}
  for (const [cache, server] of [
    ['cached', servers.onCached],
    ['uncached', servers.on],
  ] as const) {
    const prefix = `${key}.c50.${cache}`
    results[`${prefix}.loadavg`] = loadavg()
    const stopRss = sampleRss(server.pid)
    const stopProbe = probeHealth(server.url)
    const result = await load(server.url, { path: '/api/articles?limit=10' }, 50, SPIKE_SECONDS)
    const health = await stopProbe()
    const ms = result.samples.map((sample) => sample.ms)
    results[`${prefix}.answers`] = result.samples.length
    results[`${prefix}.non_200`] = result.samples.filter((s) => s.status !== 200).length
    results[`${prefix}.timeouts`] = result.timeouts
    results[`${prefix}.errors`] = result.errors
    results[`${prefix}.p50_ms`] = percentile(ms, 50)
    results[`${prefix}.p99_ms`] = percentile(ms, 99)
    results[`${prefix}.rss_peak_mb`] = stopRss()
    results[`${prefix}.healthz_slowest_ms`] = Math.round(health.slowestMs)
    console.log(
      `${prefix} 30 s: ${result.samples.length} answers, ${result.timeouts} time-outs, peak RSS ${results[`${prefix}.rss_peak_mb`]} MB`,
    )
  }
  return results
}

async function measure(db: string, target: string, size: number, archiveSize: number) {
  const key = `${db}.n${size}`
  const fillStart = performance.now()
  const archive = await prepareArchive(target, size, archiveSize)
  const results: Record<string, number> = {
    [`${key}.fill_s`]: Math.round((performance.now() - fillStart) / 100) / 10,
  }
  const servers: Servers = {
    on: await startServer(target, UNCACHED),
    off: await startServer(target, { ...UNCACHED, SHOWRUNNER_ENABLED: 'false' }),
    onCached: await startServer(target, {}),
    offCached: await startServer(target, { SHOWRUNNER_ENABLED: 'false' }),
  }
  try {
    Object.assign(results, await singleClient(servers, archive, key))
    Object.assign(results, await pluginRatio(servers, archive, key))
    Object.assign(results, await tenConnections(servers, archive, key))
    Object.assign(results, await notModified(servers, key))
    Object.assign(results, await spike(servers, key))
  } finally {
    for (const server of Object.values(servers)) await server.stop()
  }
  return results
}

function previousFigures(): Record<string, number> {
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'results.json')
  if (!fs.existsSync(file)) return {}
  const previous = JSON.parse(fs.readFileSync(file, 'utf8'))?.results?.delivery ?? {}
  return Object.fromEntries(
    Object.entries(previous as Record<string, number>).filter(([name]) =>
      /^(sqlite|postgres)\.n\d+\./.test(name),
    ),
  )
}

/** See the top of this file. */
export async function benchDelivery(): Promise<Record<string, number>> {
  const sizes = (process.env.DELIVERY_BENCH_SIZES ?? '10000').split(',').map(Number)
  const databases = (process.env.DELIVERY_BENCH_DATABASES ?? 'sqlite').split(',')
  const archiveSize = Math.max(...sizes)
  const keep = process.env.DELIVERY_BENCH_DB
  const file = keep
    ? path.resolve(keep)
    : path.join(os.tmpdir(), `delivery-bench-${process.pid}.db`)
  const postgres =
    process.env.DELIVERY_BENCH_POSTGRES_URL ??
    'postgres://showrunner:showrunner@127.0.0.1:5432/sr_listspeed'
  const results: Record<string, number> = {
    ...previousFigures(),
    loadavg_1min_at_start: loadavg(),
  }
  try {
    for (const db of databases) {
      for (const size of sizes) {
        // PostgreSQL: a schema per archive (the fill keeps what is there); SQLite: one file grown.
        const target = db === 'postgres' ? `${postgres}#delivery_bench_${archiveSize}` : file
        Object.assign(results, await measure(db, target, size, archiveSize))
      }
    }
    return results
  } finally {
    if (!keep) {
      for (const suffix of ['', '-journal', '-wal', '-shm'])
        fs.rmSync(`${file}${suffix}`, { force: true })
    }
  }
}
