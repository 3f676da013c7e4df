import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The ceiling of the delivery benchmark: a plain `node:http` server in a process of its own (as the
// app's server is) answering every request with the same bytes from memory, 304 to a matching
// If-None-Match. No framework, no middleware: what the machine can do at all.
const SERVER = `
const http = require('node:http')
const body = require('node:fs').readFileSync(process.env.CEILING_BODY)
const etag = process.env.CEILING_ETAG
const server = http.createServer((req, res) => {
  if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return }
  res.writeHead(200, { 'content-type': 'application/json', etag, 'content-length': body.length })
  res.end(body)
})
server.listen(0, '127.0.0.1', () => console.log('@@ceiling http://127.0.0.1:' + server.address().port))
`

export async function startCeiling(body: Buffer, etag: string) {
  const file = path.join(os.tmpdir(), `delivery-ceiling-${process.pid}.json`)
  fs.writeFileSync(file, body)
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, NODE_OPTIONS: '', CEILING_BODY: file, CEILING_ETAG: etag },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk) => {
      output += chunk
      const match = /@@ceiling (\S+)/.exec(output)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`ceiling server exited (${code})`)))
  })
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(file, { force: true })
    },
  }
}
