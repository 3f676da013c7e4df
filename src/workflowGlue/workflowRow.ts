import type { PayloadRequest } from 'payload'

import { isSystemCall, roleOf } from '../../access/roles'
import type { ChecklistOverride } from '../checklistGlue/gateTransition'
import { getOptions } from '../options'
import { relationId } from '../relationId'
import { STAGES } from '../workflow'
import type { Actor, ArticleRef, HistoryEntry, Stage, TransitionPlan } from '../workflow'

type Id = number | string

/** The workflow facts of an article, read from its main (live) row: the source of truth. */
export type WorkflowRow = {
  id: Id
  title: string
  stage: Stage
  /** The transition number; while a transition is claimed, the number it will finish at. */
  seq: number
  /** The sequence as stored, which compare-and-set matches (negative while claimed). */
  storedSeq: number
  /**
   * A publish or unpublish is between its claim and its write (`claimRow`): no other transition
   * or edit may start until it finishes, fails, or its claim expires.
   */
  busy: boolean
  authorId: string | null
  /** Co-authors: each owns the article as the primary author does. */
  coAuthorIds: string[]
  assigneeId: string | null
  publishAt: string | null
  stageChangedAt: string | null
  /** Payload's `_status` of the main document: a version of the article is on the site. */
  isLive: boolean
  /** Whether stage and sequence were stored (rows older than the workflow have neither). */
  isStored: boolean
  /** When the main row was last written (a claim sets it: the claim's age). */
  updatedAt: string | null
}

/** The stored workflow fields, as written to the article and its latest version. */
export type WorkflowFields = {
  stage: Stage
  workflowSeq: number
  stageChangedAt: string
  assignee?: Id | null
  publishAt?: string | null
}

/** A history action: the engine's, plus `revise` (an edit of a live article starts a new revision). */
export type HistoryAction = HistoryEntry['action'] | 'revise'

export type WorkflowHistoryEntry = Omit<HistoryEntry, 'action'> & {
  action: HistoryAction
  /** Recommended checklist rules an editor passed with a note on approve or publish. */
  checklistOverride?: ChecklistOverride | null
}

/** A transition made by a native write, recorded before the write and finished after it. */
export type PendingTransition = {
  entry: WorkflowHistoryEntry
  seq: number
  title: string
  publishes: boolean
  unpublishes: boolean
}

const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (STAGES as readonly string[]).includes(value)

/** The article's id as the database stores it (numbers on SQL adapters). */
export function toDbId(req: Pick<PayloadRequest, 'payload'>, id: Id): Id {
  return req.payload.db.defaultIDType === 'number' && /^\d+$/.test(String(id)) ? Number(id) : id
}

/**
 * The article's workflow row, read straight from the database (no hooks, no access, no drafts) within
 * the request's transaction. Null when there is no such article.
 */
export async function readWorkflowRow(req: PayloadRequest, id: Id): Promise<WorkflowRow | null> {
  const collection = getOptions(req).slugs.articles
  const doc = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: toDbId(req, id) } },
    select: {
      title: true,
      author: true,
      coAuthors: true,
      stage: true,
      workflowSeq: true,
      assignee: true,
      publishAt: true,
      stageChangedAt: true,
      updatedAt: true,
      _status: true,
    },
    req,
  })) as Record<string, unknown> | null
  if (!doc) return null
  const isLive = doc._status === 'published'
  const storedSeq = typeof doc.workflowSeq === 'number' ? doc.workflowSeq : 0
  const asId = (value: unknown) => {
    const found = relationId(value)
    return found === null ? null : String(found)
  }
  return {
    id: doc.id as Id,
    title: typeof doc.title === 'string' ? doc.title : '',
    // Rows written before the workflow existed have no stage: derive it from what is live.
    stage: isStage(doc.stage) ? doc.stage : isLive ? 'published' : 'draft',
    seq: Math.abs(storedSeq),
    storedSeq,
    busy: storedSeq < 0 && !isExpiredClaim(doc.updatedAt),
    authorId: asId(doc.author),
    coAuthorIds: Array.isArray(doc.coAuthors)
      ? doc.coAuthors.map(asId).filter((found): found is string => found !== null)
      : [],
    assigneeId: asId(doc.assignee),
    publishAt: typeof doc.publishAt === 'string' ? doc.publishAt : null,
    stageChangedAt: typeof doc.stageChangedAt === 'string' ? doc.stageChangedAt : null,
    isLive,
    isStored: isStage(doc.stage) && typeof doc.workflowSeq === 'number',
    updatedAt:
      doc.updatedAt instanceof Date
        ? doc.updatedAt.toISOString()
        : typeof doc.updatedAt === 'string'
          ? doc.updatedAt
          : null,
  }
}

/**
 * How long a claim holds. A claimed write that failed where nothing released it (a Local API call
 * on a database without transactions, a crash) blocks the article no longer than this.
 */
export const CLAIM_TTL_MS = 60_000

function isExpiredClaim(claimedAt: unknown): boolean {
  const at =
    claimedAt instanceof Date
      ? claimedAt.getTime()
      : typeof claimedAt === 'string'
        ? Date.parse(claimedAt)
        : Number.NaN
  return !Number.isFinite(at) || Date.now() - at > CLAIM_TTL_MS
}

/** The engine's view of the article's ownership (author and co-authors). */
export const articleRefOf = (row: Pick<WorkflowRow, 'authorId' | 'coAuthorIds'>): ArticleRef => ({
  authorId: row.authorId,
  coAuthorIds: row.coAuthorIds,
})

/**
 * `readWorkflowRow` once per save: the article hooks of one save (`saveLiveEditsAsDraft`,
 * `rejectWorkflowFieldWrites`, `enforceArticleWorkflow`) share the row read by the first of them,
 * kept on `req.context` until the last one takes it (`forget`) or a compare-and-set changes it.
 */
export async function workflowRowOfSave(
  req: PayloadRequest,
  id: Id,
  { forget = false }: { forget?: boolean } = {},
): Promise<WorkflowRow | null> {
  const key = String(id)
  const cache = (req.context.workflowRows ??= {})
  const row = key in cache ? cache[key]! : await readWorkflowRow(req, id)
  if (forget) delete cache[key]
  else cache[key] = row
  return row
}

/** Drops the row `workflowRowOfSave` kept (it is about to change). */
export function forgetWorkflowRow(req: PayloadRequest, id: Id): void {
  if (req.context.workflowRows) delete req.context.workflowRows[String(id)]
}

/**
 * Writes the workflow does not judge: trusted server code without a user (seed, jobs) and
 * Showrunner's own derived-data write-backs (`isShowrunnerInternalWrite`), which must land on the
 * live version as they are rather than start a revision.
 */
export function isTrustedWrite(req: PayloadRequest): boolean {
  return isSystemCall(req) || Boolean(req.context.isShowrunnerInternalWrite)
}

/** The engine's view of the caller: a staff user, or null for readers and anonymous callers. */
export function actorFromReq(req: PayloadRequest): Actor | null {
  const role = roleOf(req)
  if (role === 'admin' || role === 'editor' || role === 'author') {
    return { kind: 'user', id: String(req.user!.id), role }
  }
  return null
}

/** The workflow fields after `plan`, with the sequence bumped. */
export function fieldsAfter(
  req: PayloadRequest,
  row: WorkflowRow,
  plan: Pick<TransitionPlan, 'to' | 'publishAt' | 'assigneeId'>,
  now: Date,
): WorkflowFields {
  const fields: WorkflowFields = {
    stage: plan.to,
    workflowSeq: row.seq + 1,
    stageChangedAt:
      plan.to === row.stage && row.stageChangedAt ? row.stageChangedAt : now.toISOString(),
  }
  if (plan.assigneeId !== undefined) {
    fields.assignee = plan.assigneeId === null ? null : toDbId(req, plan.assigneeId)
  }
  if (plan.publishAt !== undefined) fields.publishAt = plan.publishAt
  return fields
}

/** The row's current workflow fields, for writes that must carry them unchanged. */
export function fieldsOf(req: PayloadRequest, row: WorkflowRow): WorkflowFields {
  return {
    stage: row.stage,
    // A live claim is carried through; an expired one is cleared.
    workflowSeq: row.busy ? row.storedSeq : row.seq,
    stageChangedAt: row.stageChangedAt ?? new Date().toISOString(),
    assignee: row.assigneeId === null ? null : toDbId(req, row.assigneeId),
    publishAt: row.publishAt,
  }
}

/**
 * Compare-and-set on the article's main row: writes `data` only if the stage and sequence are still
 * what `row` saw, in one conditional UPDATE (or findOneAndUpdate on MongoDB). False when another
 * request got there first, or holds a claim. Under PostgreSQL's row lock a waiting request
 * re-checks the condition after the first commits, so exactly one of many concurrent requests wins.
 */
export async function compareAndSet(
  req: PayloadRequest,
  row: WorkflowRow,
  data: Partial<WorkflowFields> & { updatedAt?: string },
): Promise<boolean> {
  forgetWorkflowRow(req, row.id)
  if (row.busy) return false
  const updated = await req.payload.db.updateOne({
    collection: getOptions(req).slugs.articles,
    where: {
      and: [
        { id: { equals: row.id } },
        ...(row.isStored
          ? [{ stage: { equals: row.stage } }, { workflowSeq: { equals: row.storedSeq } }]
          : [{ or: [{ stage: { exists: false } }, { workflowSeq: { exists: false } }] }]),
      ],
    },
    data,
    options: { atomic: true },
    req,
  })
  return Boolean(updated)
}

/**
 * Copies the workflow fields onto the latest version, which the admin's list and edit views read
 * (they show drafts). Content is untouched: only these columns change.
 */
export async function syncLatestVersion(
  req: PayloadRequest,
  id: Id,
  fields: WorkflowFields,
): Promise<void> {
  const collection = getOptions(req).slugs.articles
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0]
  if (!latest) return
  // SQL adapters update only the columns given; MongoDB's $set would replace the whole `version`
  // object, so it gets the full version back.
  const isSql = req.payload.db.name !== 'mongoose'
  const version = isSql ? fields : { ...(latest.version as object), ...fields }
  await req.payload.db.updateVersion({
    collection,
    id: latest.id,
    versionData: { version } as never,
    returning: false,
    req,
  })
}
