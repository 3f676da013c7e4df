import type { Payload } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { idType } from '../helpers/collectionApi'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import { act, historyOf } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

// The rules, written out again here rather than read from src/workflow, so that the HTTP routes are
// checked against the table and not against whatever the engine happens to say.
type Who = 'admin' | 'editor' | 'authorOwn' | 'authorOther'
type Stage =
  'draft' | 'in_review' | 'changes_requested' | 'approved' | 'scheduled' | 'published' | 'archived'
const STAGES: Stage[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
]
const STAFF: Who[] = ['admin', 'editor']
const RULES: Record<string, { from: Stage[]; to: Stage | null; who: Who[] }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: [...STAFF, 'authorOwn'] },
  withdraw: { from: ['in_review'], to: 'draft', who: ['authorOwn'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', who: STAFF },
  approve: { from: ['in_review'], to: 'approved', who: STAFF },
  publish: { from: ['approved'], to: 'published', who: STAFF },
  schedule: { from: ['approved'], to: 'scheduled', who: STAFF },
  unschedule: { from: ['scheduled'], to: 'approved', who: STAFF },
  unpublish: { from: ['published'], to: 'draft', who: STAFF },
  archive: {
    from: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    to: 'archived',
    who: STAFF,
  },
  restore: { from: ['archived'], to: 'draft', who: STAFF },
  assign: { from: STAGES.filter((stage) => stage !== 'archived'), to: null, who: STAFF },
  scheduled_publish: { from: ['scheduled'], to: 'published', who: [] },
}
const ACTIONS = Object.keys(RULES)
const WHO: Who[] = ['admin', 'editor', 'authorOwn', 'authorOther']

let server: RunningServer
let payload: Payload
let accounts: Accounts
const clients = {} as Record<Who, ApiClient>
let titles = 0

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  const api = new ApiClient(server.url)
  clients.admin = await api.as(accounts.admin)
  clients.editor = await api.as(accounts.editor)
  clients.authorOwn = await api.as(accounts.author)
  clients.authorOther = await api.as(accounts.author2)
})

afterAll(async () => {
  await server.close()
})

/** An article by `author` brought to `stage` through real transitions. */
async function articleAt(stage: Stage): Promise<number | string> {
  const doc = await payload.create({
    collection: 'articles',
    data: { title: `Matrix ${++titles}`, format: 'news', author: accounts.author.id },
    draft: true,
    depth: 0,
  })
  const { id } = doc
  const run = (action: string, extra = {}) => act(payload, accounts.admin, id, action, extra)
  const path: Record<Stage, Array<[string, object?]>> = {
    draft: [],
    in_review: [['submit']],
    changes_requested: [['submit'], ['request_changes', { note: 'More detail' }]],
    approved: [['submit'], ['approve']],
    scheduled: [['submit'], ['approve'], ['schedule', { publishAt: future() }]],
    published: [['submit'], ['approve'], ['publish']],
    archived: [['archive']],
  }
  for (const [action, extra] of path[stage]) await run(action, extra)
  return id
}

const future = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString()

/** Valid inputs for each action, so that only role and stage decide the outcome. */
function inputsFor(action: string): Record<string, unknown> {
  if (action === 'request_changes') return { note: 'Please cite the episode' }
  if (action === 'schedule') return { publishAt: future() }
  if (action === 'assign') return { assignee: accounts.editor.id }
  return {}
}

type Outcome = { status: number; stage?: string; message?: string }

const protocols: Record<
  string,
  (who: Who, id: number | string, action: string) => Promise<Outcome>
> = {
  REST: async (who, id, action) => {
    const res = await clients[who].post(`/api/articles/${id}/workflow`, {
      action,
      ...inputsFor(action),
    })
    return { status: res.status, stage: res.body?.stage, message: res.body?.errors?.[0]?.message }
  },
  GraphQL: async (who, id, action) => {
    const res = await clients[who].graphql(
      `mutation ($id: ${idType(id)}!, $action: ArticleWorkflowAction!, $note: String,
        $publishAt: DateTime, $assignee: ${idType(id)}) {
        transitionArticle(id: $id, action: $action, note: $note, publishAt: $publishAt, assignee: $assignee) { stage }
      }`,
      { id, action, ...inputsFor(action) },
    )
    const error = res.body.errors?.[0]
    if (error) return { status: error.extensions?.statusCode ?? 500, message: error.message }
    return { status: 200, stage: res.body.data.transitionArticle.stage }
  },
}

/** What the table says: 200 and the new stage, 403 for the wrong person, 409 for the wrong stage. */
function expected(who: Who, stage: Stage, action: string): { status: number; stage?: Stage } {
  const rule = RULES[action]
  // Someone else's unpublished draft does not exist for an author, on every route.
  if (who === 'authorOther' && stage !== 'published') return { status: 404 }
  if (!rule.who.includes(who)) return { status: 403 }
  if (!rule.from.includes(stage)) return { status: 409 }
  return { status: 200, stage: rule.to ?? stage }
}

describe.each(Object.keys(protocols))('role × stage × action over %s', (protocol) => {
  const send = protocols[protocol]

  it.each(STAGES)(
    'from %s: allowed actions move the stage, the rest are refused',
    async (stage) => {
      const refusedOn = await articleAt(stage)
      const before = await historyOf(payload, refusedOn)
      const mismatches: string[] = []
      for (const action of ACTIONS) {
        for (const who of WHO) {
          const want = expected(who, stage, action)
          // Allowed actions change the article, so each gets a fresh one; refusals share one.
          const id = want.status === 200 ? await articleAt(stage) : refusedOn
          const got = await send(who, id, action)
          if (got.status !== want.status || (want.stage && got.stage !== want.stage)) {
            mismatches.push(`${who} ${action}: got ${got.status} ${got.stage ?? got.message}`)
          }
          if (want.status !== 200 && !got.message) mismatches.push(`${who} ${action}: no message`)
        }
      }
      expect(mismatches).toEqual([])
      // Refusals change nothing: same stage, same history.
      const after = await payload.findByID({ collection: 'articles', id: refusedOn, draft: true })
      expect(after.stage).toBe(stage)
      expect(await historyOf(payload, refusedOn)).toHaveLength(before.length)
    },
  )
})
