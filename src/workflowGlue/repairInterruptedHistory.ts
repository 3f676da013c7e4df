import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { appendHistory } from '../endpoints/workflowHistory'
import { getOptionsFromConfig } from '../options'
import { TRANSITIONS } from '../workflow'
import type { Action, Stage } from '../workflow'

// How far back start-up looks for a transition cut short: a crashed server restarts long before.
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000

type Row = { id: number | string; stage?: Stage | null; workflowSeq?: number | null }
type Event = { article: unknown; seq?: number | null; to?: Stage | null }

/**
 * Without database transactions (SQLite here), a server killed between a transition's article
 * write and its history append leaves an article whose stage moved with no entry saying so. On
 * start-up, each article whose stage changed in the last week and whose sequence is ahead of its
 * last history entry gets the missing entry, marked as recorded after an interrupted request.
 */
export async function repairInterruptedHistory(payload: Payload): Promise<number> {
  const { slugs } = getOptionsFromConfig(payload.config)
  const since = new Date(Date.now() - LOOKBACK_MS).toISOString()
  const { docs } = await payload.db.find({
    collection: slugs.articles,
    where: { stageChangedAt: { greater_than: since } },
    select: { id: true, stage: true, workflowSeq: true },
    limit: 0,
    pagination: false,
  })
  const rows = (docs as unknown as Row[]).filter((row) => (row.workflowSeq ?? 0) > 0)
  if (rows.length === 0) return 0
  const events = await payload.db.find({
    collection: slugs.workflowEvents,
    where: { article: { in: rows.map((row) => row.id) } },
    select: { article: true, seq: true, to: true },
    sort: 'seq',
    limit: 0,
    pagination: false,
  })
  const last = new Map<string, Event>()
  for (const event of events.docs as unknown as Event[]) {
    const article = event.article as { id?: unknown } | number | string
    const key = String(typeof article === 'object' && article !== null ? article.id : article)
    last.set(key, event)
  }
  const req = await createLocalReq({}, payload)
  let repaired = 0
  for (const row of rows) {
    const previous = last.get(String(row.id))
    const from = (previous?.to ?? 'draft') as Stage
    const to = row.stage as Stage
    if (!to || from === to || (previous?.seq ?? 0) >= (row.workflowSeq ?? 0)) continue
    const action = (Object.keys(TRANSITIONS) as Action[]).find(
      (name) => TRANSITIONS[name].to === to && TRANSITIONS[name].from.includes(from),
    )
    if (!action) continue
    await appendHistory(req, row.id, row.workflowSeq!, {
      action,
      from,
      to,
      by: 'scheduler',
      at: new Date().toISOString(),
      note: 'Recorded at start-up: the request that made this change was cut short before its history entry was written.',
    })
    repaired += 1
  }
  return repaired
}
