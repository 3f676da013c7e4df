import type { PayloadRequest } from 'payload'

import { getOptions } from '../options'
import { busyError, staleStageError } from './workflowErrors'
import type { WorkflowRefusal } from './workflowErrors'
import { compareAndSet, readWorkflowRow } from './workflowRow'
import type { WorkflowRow } from './workflowRow'

export type WorkflowClaim = {
  id: number | string
  seq: number
  previousSeq: number
  previousUpdatedAt: string | null
}

/**
 * Claims transition `seq` for a publish or unpublish, before Payload writes the live version: the
 * stored sequence becomes `-seq` until that write stores `seq` with the new stage. The stage cannot
 * move first (if the write fails, it must not have moved), and a bare sequence bump would leave a
 * row another request could read as "still approved" and claim again; where no transaction holds
 * the row (SQLite), that let every one of many concurrent publishes through. False when another
 * request got there first or holds a claim.
 */
export async function claimRow(
  req: PayloadRequest,
  row: WorkflowRow,
  seq: number,
): Promise<boolean> {
  const claimed = await compareAndSet(req, row, {
    workflowSeq: -seq,
    // When the claim was made: a claim nobody released expires (`CLAIM_TTL_MS`).
    updatedAt: new Date().toISOString(),
  })
  if (claimed) {
    req.context.workflowClaims = [
      ...(req.context.workflowClaims ?? []),
      { id: row.id, seq, previousSeq: row.seq, previousUpdatedAt: row.updatedAt },
    ]
  }
  return claimed
}

/**
 * Why a compare-and-set on the article failed: another transition moved it (stale), or a publish
 * or unpublish holds its claim right now (busy, worth retrying).
 */
export async function lostRaceError(
  req: PayloadRequest,
  id: number | string,
): Promise<WorkflowRefusal> {
  const now = await readWorkflowRow(req, id)
  return now?.busy ? busyError() : staleStageError()
}

/**
 * Gives back the claims of a request that failed, as they were (sequence and `updatedAt`, so caches
 * keyed on it see no change). Where a transaction was rolled back, there is nothing left to release
 * and the conditional update matches no row; a claim the request's write already finished (its
 * sequence is stored positive) is not touched either. Best effort: it runs while an error is being
 * answered, which it must not replace; a claim it cannot give back expires.
 */
export async function releaseClaims(req: PayloadRequest): Promise<void> {
  const claims = req.context.workflowClaims
  if (!claims?.length) return
  req.context.workflowClaims = []
  for (const claim of claims) {
    try {
      await req.payload.db.updateOne({
        collection: getOptions(req).slugs.articles,
        where: {
          and: [{ id: { equals: claim.id } }, { workflowSeq: { equals: -claim.seq } }],
        },
        data: {
          workflowSeq: claim.previousSeq,
          ...(claim.previousUpdatedAt ? { updatedAt: claim.previousUpdatedAt } : {}),
        },
        options: { atomic: true },
        req,
      })
    } catch (err) {
      req.payload.logger.warn({ err, msg: `could not release the workflow claim on ${claim.id}` })
    }
  }
}
