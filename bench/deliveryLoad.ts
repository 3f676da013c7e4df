import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// HTTP side of the delivery benchmark: a keep-alive client with a per-request time-out, a bounded
// load loop (N connections, each sending its next request when the last one answered), a /healthz
// prober and the server's memory read from /proc. autocannon is not installed here.

export type Read = { path: string; body?: string; headers?: Record<string, string> }
export type Sample = { ms: number; bytes: number; status: number }
export type LoadResult = {
  samples: Sample[]
  timeouts: number
  errors: number
  seconds: number
}

// Longer than the server's own 10 s time limit, so its 503s are counted as answers, not time-outs.
const TIMEOUT_MS = 15_000

/** One request over `agent`; a time-out or a socket error is status 0. */
export function send(agent: http.Agent, base: string, read: Read): Promise<Sample> {
  const started = performance.now()
  return new Promise((resolve) => {
    const url = new URL(read.path, base)
    const req = http.request(
      url,
      {
        agent,
        method: read.body ? 'POST' : 'GET',
        headers: { ...(read.body ? { 'content-type': 'application/json' } : {}), ...read.headers },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () =>
          resolve({ ms: performance.now() - started, bytes, status: res.statusCode ?? 0 }),
        )
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (err) =>
      resolve({
        ms: performance.now() - started,
        bytes: err.message === 'timeout' ? -1 : 0,
        status: 0,
      }),
    )
    if (read.body) req.write(read.body)
    req.end()
  })
}

/** `connections` clients sending `read` back to back until `seconds` have passed. */
export async function load(base: string, read: Read, connections: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const samples: Sample[] = []
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) samples.push(await send(agent, base, read))
    }),
  )
  agent.destroy()
  const failed = samples.filter((sample) => sample.status === 0)
  return {
    samples: samples.filter((sample) => sample.status !== 0),
    timeouts: failed.filter((sample) => sample.bytes === -1).length,
    errors: failed.filter((sample) => sample.bytes !== -1).length,
    seconds: (performance.now() - started) / 1000,
  } satisfies LoadResult
}

/** Probes /healthz every 200 ms until stopped; reports the slowest answer and the failures. */
export function probeHealth(base: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  let slowest = 0
  let failures = 0
  let isRunning = true
  const loop = (async () => {
    while (isRunning) {
      const sample = await send(agent, base, { path: '/healthz' })
      if (sample.status !== 200) failures += 1
      slowest = Math.max(slowest, sample.ms)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })()
  return async () => {
    isRunning = false
    await loop
    agent.destroy()
    return { slowestMs: slowest, failures }
  }
}

/** Samples a process's resident memory (MB) every 250 ms until stopped; returns the peak. */
export function sampleRss(pid: number) {
  let peak = 0
  const read = () => {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    peak = Math.max(peak, Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) / 1024)
  }
  const timer = setInterval(read, 250)
  return () => {
    clearInterval(timer)
    read()
    return Math.round(peak)
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round((sorted[Math.max(0, rank)] ?? 0) * 10) / 10
}

/** The server's database settings for a SQLite file or a `postgres://…#schema` target. */
export function databaseEnv(target: string): Record<string, string> {
  if (!/^postgres(ql)?:\/\//.test(target)) return { DATABASE_URI: `file:${target}` }
  const [uri, schema] = target.split('#')
  return { DATABASE_URI: uri!, ...(schema ? { DATABASE_SCHEMA: schema } : {}) }
}

export type Server = { url: string; pid: number; stop: () => Promise<void> }

/** Starts `deliveryServer.ts` on `file` with `env` and waits for its URL. */
export function startServer(file: string, env: Record<string, string>): Promise<Server> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'deliveryServer.ts')
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', script],
    {
      env: {
        ...process.env,
        ...databaseEnv(file),
        PAYLOAD_SECRET: 'delivery-bench',
        RATE_LIMIT_MAX: '1000000000',
        SHOWRUNNER_JOBS_AUTORUN: 'false',
        NODE_OPTIONS: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk
      const line = output.split('\n').find((text) => text.startsWith('@@delivery-server '))
      if (!line) return
      const stop = async () => {
        if (child.exitCode !== null) return
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        await exited
      }
      resolve({ url: line.slice('@@delivery-server '.length).trim(), pid: child.pid!, stop })
    })
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}):\n${output.slice(-2000)}`)),
    )
  })
}
