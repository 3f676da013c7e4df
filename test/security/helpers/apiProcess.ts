import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import net from 'node:net'

export type ApiProcess = {
  url: string
  child: ChildProcess
  kill: () => Promise<void>
  output: () => string
}

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

/**
 * Starts the real API server as a child process on `env`'s database and waits until it answers
 * (up to `timeoutMs`; a server that does not come up is killed).
 */
export async function startApiProcess(
  env: Record<string, string>,
  { timeoutMs = 90_000 }: { timeoutMs?: number } = {},
): Promise<ApiProcess> {
  const port = await freePort()
  let log = ''
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'test/security/helpers/apiServerMain.ts'],
    {
      env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`)
    const isUp = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    )
    if (isUp) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`server did not come up:\n${log}`)
  }
  /** kill -9: no shutdown handler, no flush, no checkpoint. */
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  return { url, child, kill, output: () => log }
}
