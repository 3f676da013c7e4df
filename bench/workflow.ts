import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq } from 'payload'

import type { Author } from '../src/payload-types'

const WARMUP_ROUNDS = 5
const ROUNDS = 40
const PASSWORD = 'bench-password-1'

type Samples = Record<'stage' | 'live' | 'update' | 'restStage' | 'restUpdate', number[]>

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const round2 = (value: number) => Math.round(value * 100) / 100

async function timed(samples: number[] | null, run: () => Promise<unknown>): Promise<void> {
  const start = performance.now()
  await run()
  samples?.push(performance.now() - start)
}

/**
 * Cost of the workflow over a plain save, measured on the same article in the same run: the median
 * latency of a stage transition (submit, approve: compare-and-set, version sync, history, queued
 * notifications), of a transition that writes the live version (publish, unpublish), and of an
 * editor's draft save, through the Local API as a user and over REST (express server, no Next).
 * Runs on a scratch SQLite file unless BENCH_DATABASE_URI names another database; it must run
 * before anything else in the process imports the Payload config.
 */
export async function benchWorkflow(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-bench-workflow-'))
  process.env.DATABASE_URI = process.env.BENCH_DATABASE_URI || `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET ||= 'showrunner-bench-secret'
  process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'
  process.env.RATE_LIMIT_MAX ||= '1000000'
  const { startServer } = await import('../src/server')
  const { applyTransition } = await import('../src/endpoints/workflowTransition')
  const server = await startServer({ port: 0, withNext: false, shouldSeed: false })
  const { payload } = server
  try {
    const staff = async (handle: string, role: Author['role']) =>
      payload.create({
        collection: 'authors',
        data: { email: `${handle}@bench.test`, password: PASSWORD, name: handle, handle, role },
      })
    const admin = { ...(await staff('bench_admin', 'admin')), collection: 'authors' }
    const editor = { ...(await staff('bench_editor', 'editor')), collection: 'authors' }
    const token = await login(server.url, 'bench_editor@bench.test')
    const article = await payload.create({
      collection: 'articles',
      data: { title: `Bench ${Date.now()}`, format: 'news', author: admin.id },
      draft: true,
      depth: 0,
    })
    const { id } = article
    const act = async (user: typeof admin, action: string, extra: object = {}) =>
      applyTransition({
        req: await createLocalReq({ user: user as never }, payload),
        id,
        action,
        ...extra,
      })
    const update = (n: number) =>
      payload.update({
        collection: 'articles',
        id,
        data: { excerpt: `Revision ${n}` },
        draft: true,
        depth: 0,
        user: editor,
        overrideAccess: false,
      })
    const rest = (method: string, url: string, body: object) =>
      fetch(`${server.url}${url}`, {
        method,
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (res) => {
        if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`)
      })

    const samples: Samples = { stage: [], live: [], update: [], restStage: [], restUpdate: [] }
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
      const keep = round >= WARMUP_ROUNDS
      const pick = (key: keyof Samples) => (keep ? samples[key] : null)
      // One lap: draft (or changes requested) → in review → approved → published → draft → in
      // review → changes requested, with plain saves while the article is not live (a save of a
      // live article would start a revision instead).
      await timed(pick('stage'), () => act(editor, 'submit'))
      await timed(pick('update'), () => update(round))
      await timed(pick('stage'), () => act(editor, 'approve'))
      await timed(pick('restUpdate'), () =>
        rest('PATCH', `/api/articles/${id}?draft=true&depth=0`, { excerpt: `REST ${round}` }),
      )
      await timed(pick('live'), () => act(editor, 'publish'))
      await timed(pick('live'), () => act(editor, 'unpublish'))
      await timed(pick('restStage'), () =>
        rest('POST', `/api/articles/${id}/workflow`, { action: 'submit' }),
      )
      await timed(pick('restStage'), () =>
        rest('POST', `/api/articles/${id}/workflow`, { action: 'request_changes', note: 'Again' }),
      )
      await timed(pick('restUpdate'), () =>
        rest('PATCH', `/api/articles/${id}?draft=true&depth=0`, { excerpt: `REST ${round}b` }),
      )
    }
    const stageMs = median(samples.stage)
    const liveMs = median(samples.live)
    const updateMs = median(samples.update)
    const restStageMs = median(samples.restStage)
    const restUpdateMs = median(samples.restUpdate)
    return {
      rounds: ROUNDS,
      transitionMedianMs: round2(stageMs),
      publishTransitionMedianMs: round2(liveMs),
      plainUpdateMedianMs: round2(updateMs),
      transitionToUpdateRatio: round2(stageMs / updateMs),
      publishToUpdateRatio: round2(liveMs / updateMs),
      restTransitionMedianMs: round2(restStageMs),
      restPlainUpdateMedianMs: round2(restUpdateMs),
      restTransitionToUpdateRatio: round2(restStageMs / restUpdateMs),
    }
  } finally {
    await server.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function login(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/authors/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`bench login failed: ${res.status}`)
  return body.token
}
