import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminViewShell, requireViewer } from '../admin/AdminViewShell'
import { getOptionsFromConfig } from '../../options'
import { relationId } from '../../relationId'
import type { QueueRow } from './ModerationQueueTable'
import { ModerationQueueTable } from './ModerationQueueTable'
import './moderation.scss'

type Card = { id: number | string; title?: string; displayName?: string } | number | string | null

type CommentDoc = {
  id: number | string
  body?: string
  article?: Card
  reader?: Card
  authorName?: string | null
  createdAt?: string
  spoiler?: boolean | null
  markedSpoiler?: boolean | null
  spoilerDetected?: boolean | null
  spoilerEpisode?: number | null
  reportCount?: number | null
}

type ReportDoc = { comment?: unknown; reason?: string | null }

const QUEUE_SIZE = 200

/**
 * The moderation queue: pending comments across all articles, oldest first, with their article,
 * reader, spoiler flags and readers' reports, and bulk approve / reject / spam. Read with the
 * viewer's own access (moderators see every comment); the bulk actions go to
 * `POST /api/comments/moderate`, which checks the role again on the server.
 */
export async function ModerationQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, adminRoute } = requireViewer(initPageResult, '/moderation-queue')
  const { payload, user } = req
  const { slugs } = getOptionsFromConfig(payload.config)
  const role = (user as { role?: string }).role
  const isModerator = user.collection === slugs.authors && (role === 'admin' || role === 'editor')

  let rows: QueueRow[] = []
  let total = 0
  if (isModerator) {
    const found = await payload.find({
      collection: slugs.comments,
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      depth: 1,
      limit: QUEUE_SIZE,
      overrideAccess: false,
      user,
      req,
    })
    total = found.totalDocs
    const comments = found.docs as unknown as CommentDoc[]
    const reports = comments.length
      ? ((
          await payload.find({
            collection: slugs.commentReports,
            where: { comment: { in: comments.map((comment) => comment.id) } },
            depth: 0,
            limit: 1000,
            overrideAccess: false,
            user,
            req,
          })
        ).docs as unknown as ReportDoc[])
      : []
    const reasons = new Map<string, string[]>()
    for (const report of reports) {
      const key = String(relationId(report.comment))
      reasons.set(key, [...(reasons.get(key) ?? []), report.reason ?? 'unspecified'])
    }
    rows = comments.map((comment) => {
      const article = typeof comment.article === 'object' ? comment.article : null
      const reader = typeof comment.reader === 'object' ? comment.reader : null
      return {
        id: comment.id,
        body: comment.body ?? '',
        createdAt: comment.createdAt ?? '',
        articleId: relationId(comment.article),
        articleTitle: article?.title ?? null,
        readerName: reader?.displayName ?? comment.authorName ?? null,
        spoiler: Boolean(comment.spoiler),
        markedSpoiler: Boolean(comment.markedSpoiler),
        spoilerDetected: Boolean(comment.spoilerDetected),
        spoilerEpisode: comment.spoilerEpisode ?? null,
        reportCount: comment.reportCount ?? 0,
        reportReasons: reasons.get(String(comment.id)) ?? [],
      }
    })
  }

  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="sr-moderation-queue" id="moderation-queue">
        <h1>Moderation queue</h1>
        {isModerator ? (
          <>
            <p className="sr-moderation-queue__lead">
              Pending comments on every article, oldest first
              {total > rows.length ? ` (the oldest ${rows.length} of ${total})` : ''}.
            </p>
            <ModerationQueueTable
              adminRoute={adminRoute}
              apiRoute={payload.config.routes.api}
              articles={slugs.articles}
              comments={slugs.comments}
              rows={rows}
            />
          </>
        ) : (
          <p>Only editors and admins moderate comments.</p>
        )}
      </div>
    </AdminViewShell>
  )
}
