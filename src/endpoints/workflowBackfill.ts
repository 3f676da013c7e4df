import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { getOptionsFromConfig } from '../options'
import { readWorkflowRow, syncLatestVersion } from '../workflowGlue/workflowRow'

/**
 * Articles published before the workflow existed got the stage column's default, `draft`, when the
 * schema was pushed. Such a row is live, still at sequence 0 and has never had a transition (every
 * transition bumps the sequence), so its stage can only have been defaulted: set it to `published`.
 * Runs on init; a no-op once done.
 */
export async function backfillWorkflowStages(payload: Payload): Promise<number> {
  const collection = getOptionsFromConfig(payload.config).slugs.articles
  const { docs } = await payload.db.find({
    collection,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { stage: { equals: 'draft' } },
        { or: [{ workflowSeq: { equals: 0 } }, { workflowSeq: { exists: false } }] },
      ],
    },
    select: { id: true },
    limit: 0,
    pagination: false,
  })
  if (docs.length === 0) return 0
  const req = await createLocalReq({}, payload)
  for (const { id } of docs) {
    await payload.db.updateOne({
      collection,
      id,
      data: { stage: 'published', workflowSeq: 0 },
      req,
    })
    const row = await readWorkflowRow(req, id)
    if (row) {
      await syncLatestVersion(req, id, {
        stage: 'published',
        workflowSeq: 0,
        stageChangedAt: row.stageChangedAt ?? new Date().toISOString(),
      })
    }
  }
  payload.logger.info(
    `workflow: marked ${docs.length} article(s) published before the workflow as published`,
  )
  return docs.length
}
