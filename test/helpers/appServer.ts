import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const SEED_PASSWORD = 'e2e-password'

export type AppServer = { url: string; stop: () => Promise<void>; output: () => string }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

export type AppServerOptions = {
  /** Seed the demo newsroom on start (default); `false` leaves the database empty. */
  shouldSeed?: boolean
  /** Without a production build, fall back to Next's dev server (slow first compiles) instead of failing. */
  canUseDevServer?: boolean
}

/**
 * The whole app as users run it: the production Next build behind the express server, on a scratch
 * SQLite file seeded with the demo newsroom. Needs `npm run build` first (or `canUseDevServer`).
 * NODE_ENV stays 'test' so Payload pushes the schema to the scratch file (production itself applies
 * migrations).
 */
export async function startAppServer({
  shouldSeed = true,
  canUseDevServer = false,
}: AppServerOptions = {}): Promise<AppServer> {
  const hasBuild = fs.existsSync(path.resolve('.next/BUILD_ID'))
  if (!hasBuild && !canUseDevServer) {
    throw new Error('No production build: run `npm run build` before the e2e suite.')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-e2e-'))
  const port = await freePort()
  let log = ''
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        NEXT_MODE: hasBuild ? 'production' : 'development',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: '',
        PORT: String(port),
        DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: 'e2e-secret',
        SEED_ON_START: String(shouldSeed),
        SEED_PASSWORD,
        RATE_LIMIT_MAX: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (hasBuild ? 90_000 : 240_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`)
    const healthy = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    )
    if (healthy) break
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  if (Date.now() >= deadline) throw new Error(`server did not become healthy:\n${log}`)

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return { url, stop, output: () => log }
}
