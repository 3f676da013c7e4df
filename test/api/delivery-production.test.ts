import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The API server as production runs it (NODE_ENV=production: migrations instead of a schema push,
// production export conditions), in a child process of its own, without the Next build.
const START = `const { startServer } = await import('./src/server.ts')
const running = await startServer({ port: 0, withNext: false, shouldSeed: false })
console.log('LISTENING ' + running.url)`

type Child = { process: ChildProcess; output: () => string; exited: Promise<number | null> }

function startProduction(env: Record<string, string | undefined>, dir: string): Child {
  let log = ''
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', '--input-type=module', '-e', START],
    {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PAYLOAD_SECRET: 'production-test-secret',
        DATABASE_URI: `file:${path.join(dir, 'prod.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        SHOWRUNNER_JOBS_AUTORUN: 'false',
        RATE_LIMIT_MAX: '1000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { process: child, output: () => log, exited }
}

async function urlOf(child: Child): Promise<string> {
  for (let waited = 0; waited < 120_000; waited += 200) {
    const match = /LISTENING (\S+)/.exec(child.output())
    if (match) return match[1]!
    if (child.process.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`production server did not start:\n${child.output()}`)
}

let dir: string
const children: Child[] = []

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-prod-'))
})

afterAll(async () => {
  for (const child of children) {
    if (child.process.exitCode === null) {
      child.process.kill('SIGTERM')
      await child.exited
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

it('refuses to start without SERVER_URL, saying so', async () => {
  const child = startProduction({ SERVER_URL: undefined }, dir)
  children.push(child)
  const code = await child.exited
  expect(code).not.toBe(0)
  expect(child.output()).toContain('SERVER_URL must be set in production')
  expect(child.output()).not.toContain('LISTENING')
})

it('sets a Secure, SameSite=Lax, HttpOnly login cookie', async () => {
  const child = startProduction({ SERVER_URL: 'https://news.example.test' }, dir)
  children.push(child)
  const url = await urlOf(child)
  const account = { email: 'prod-reader@test.showrunner', password: 'prod-password-1' }
  const signUp = await fetch(`${url}/api/readers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...account, displayName: 'Prod Reader' }),
  })
  expect(signUp.status).toBe(201)
  const login = await fetch(`${url}/api/readers/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(login.status).toBe(200)
  const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  expect(cookie).toBeDefined()
  // Payload writes `Secure=true`: browsers read the attribute by name and ignore its value.
  const attributes = cookie!.split(';').map((part) => part.trim().toLowerCase())
  const names = attributes.map((part) => part.split('=')[0])
  expect(names).toEqual(expect.arrayContaining(['secure', 'httponly']))
  expect(attributes).toContain('samesite=lax')
  expect(login.headers.get('cache-control')).toBe('no-store')
})
