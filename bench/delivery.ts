import http from 'node:http'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Archive } from './deliveryFill'
import { prepareArchive } from './deliveryFill'
import type { Read, Server } from './deliveryLoad'
import { load, percentile, probeHealth, sampleRss, send, startServer } from './deliveryLoad'

// Reads as a frontend and a traffic spike make them, against the express server (API only, a
// process of its own) on a SQLite file holding N live synthetic articles (DELIVERY_BENCH_SIZES,
// default 1000,10000), each with a similar list of 20. Per N: the bytes and single-client
// p50/p99 of each read; requests per second at 10 connections with the plugin on and with
// SHOWRUNNER_ENABLED=false, interleaved (ratio on/off, target ≥ 0.9); the list and the filtered
// lists (drama slug, tag) at 10 connections with /healthz probed throughout; and 50 connections
// on the default list for 30 s with the server's peak RSS (target: no time-outs, < 1 GB).
// The server runs with NODE_ENV unset: production would apply the committed migrations on start,
// which the bench's pushed file cannot take; nothing on the read path differs.
// DELIVERY_BENCH_DB=<file> keeps the filled database between runs.

const LATENCY_ROUNDS = 20
const RATE_SECONDS = 4
const RATE_ROUNDS = 2
const FILTER_SECONDS = 8
const SPIKE_SECONDS = 30

const GRAPHQL = `{ Articles(limit: 10) { docs { id title slug author { name handle }
  dramas { title slug } items { heading scene { title episode } drama { title slug } } } } }`

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

async function measureSize(file: string, size: number, archiveSize: number) {
  const results: Record<string, number> = {}
  const key = `n${size}`
  const fillStart = performance.now()
  const archive = await prepareArchive(file, size, archiveSize)
  results[`${key}.fill_s`] = Math.round((performance.now() - fillStart) / 100) / 10
  const on = await startServer(file, {})
  const off = await startServer(file, { SHOWRUNNER_ENABLED: 'false' })
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    for (const [name, read] of Object.entries(reads(archive))) {
      const first = await send(agent, on.url, read)
      if (first.status !== 200) throw new Error(`${name}: status ${first.status}`)
      for (let i = 0; i < 3; i++) await send(agent, on.url, read)
      const samples = []
      for (let i = 0; i < LATENCY_ROUNDS; i++) samples.push((await send(agent, on.url, read)).ms)
      results[`${key}.${name}.bytes`] = first.bytes
      results[`${key}.${name}.p50_ms`] = percentile(samples, 50)
      results[`${key}.${name}.p99_ms`] = percentile(samples, 99)
      console.log(`${key} ${name}: ${first.bytes} B, p50 ${percentile(samples, 50)} ms`)
    }
    agent.destroy()

    const rates: Record<string, { on: number[]; off: number[] }> = {}
    for (let round = 0; round < RATE_ROUNDS; round++) {
      for (const [name, read] of Object.entries(reads(archive))) {
        for (const [mode, server] of [
          ['on', on],
          ['off', off],
        ] as Array<['on' | 'off', Server]>) {
          const result = await load(server.url, read, 10, RATE_SECONDS)
          rates[name] ??= { on: [], off: [] }
          rates[name][mode].push(result.samples.length / result.seconds)
        }
      }
    }
    for (const [name, { on: onRates, off: offRates }] of Object.entries(rates)) {
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
      results[`${key}.${name}.rps_on`] = Math.round(mean(onRates) * 10) / 10
      results[`${key}.${name}.rps_off`] = Math.round(mean(offRates) * 10) / 10
      results[`${key}.${name}.rps_ratio`] = Math.round((mean(onRates) / mean(offRates)) * 100) / 100
      console.log(
        `${key} ${name}: ${results[`${key}.${name}.rps_on`]} req/s on, ratio ${results[`${key}.${name}.rps_ratio`]}`,
      )
    }

    for (const [name, read] of Object.entries(filtered(archive))) {
      const stopProbe = probeHealth(on.url)
      const result = await load(on.url, read, 10, FILTER_SECONDS)
      const health = await stopProbe()
      const ms = result.samples.map((sample) => sample.ms)
      results[`${key}.c10.${name}.p50_ms`] = percentile(ms, 50)
      results[`${key}.c10.${name}.p99_ms`] = percentile(ms, 99)
      results[`${key}.c10.${name}.rps`] = Math.round((ms.length / result.seconds) * 10) / 10
      results[`${key}.c10.${name}.timeouts`] = result.timeouts + result.errors
      results[`${key}.c10.${name}.status_503`] = result.samples.filter(
        (s) => s.status === 503,
      ).length
      results[`${key}.c10.${name}.healthz_slowest_ms`] = Math.round(health.slowestMs)
      results[`${key}.c10.${name}.healthz_failures`] = health.failures
      console.log(
        `${key} c10 ${name}: p50 ${percentile(ms, 50)} p99 ${percentile(ms, 99)} ms, healthz ≤ ${Math.round(health.slowestMs)} ms`,
      )
    }

    const stopRss = sampleRss(on.pid)
    const stopProbe = probeHealth(on.url)
    const spike = await load(on.url, { path: '/api/articles?limit=10' }, 50, SPIKE_SECONDS)
    const health = await stopProbe()
    const ms = spike.samples.map((sample) => sample.ms)
    results[`${key}.c50.answers`] = spike.samples.length
    results[`${key}.c50.status_503`] = spike.samples.filter(
      (sample) => sample.status === 503,
    ).length
    results[`${key}.c50.timeouts`] = spike.timeouts
    results[`${key}.c50.errors`] = spike.errors
    results[`${key}.c50.p50_ms`] = percentile(ms, 50)
    results[`${key}.c50.p99_ms`] = percentile(ms, 99)
    results[`${key}.c50.rss_peak_mb`] = stopRss()
    results[`${key}.c50.healthz_slowest_ms`] = Math.round(health.slowestMs)
    console.log(
      `${key} c50 30 s: ${spike.samples.length} answers, ${spike.timeouts} time-outs, peak RSS ${results[`${key}.c50.rss_peak_mb`]} MB`,
    )
  } finally {
    await on.stop()
    await off.stop()
  }
  return results
}

/** See the top of this file; figures keyed `n<N>.<read>.<figure>`. */
export async function benchDelivery(): Promise<Record<string, number>> {
  const sizes = (process.env.DELIVERY_BENCH_SIZES ?? '1000,10000').split(',').map(Number)
  const archiveSize = Math.max(...sizes)
  const keep = process.env.DELIVERY_BENCH_DB
  const file = keep
    ? path.resolve(keep)
    : path.join(os.tmpdir(), `delivery-bench-${process.pid}.db`)
  // The machine is shared: the load average says how much of it the figures had.
  const results: Record<string, number> = {
    loadavg_1min_at_start: Math.round(os.loadavg()[0]! * 10) / 10,
  }
  try {
    for (const size of sizes) Object.assign(results, await measureSize(file, size, archiveSize))
    return results
  } finally {
    if (!keep) {
      for (const suffix of ['', '-journal', '-wal', '-shm'])
        fs.rmSync(`${file}${suffix}`, { force: true })
    }
  }
}
