import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminViewShell, requireViewer } from '../admin/AdminViewShell'
import { getOptionsFromConfig } from '../../options'
import { ChecklistFilter, ChecklistStatusCell, checklistWhere } from '../checklist/ChecklistQueue'
import { formatAge } from './stageStyle'
import './workflow.scss'

type Person = { id: number | string; name?: string } | number | string | null | undefined
type Row = {
  id: number | string
  title?: string
  author?: Person
  assignee?: Person
  stageChangedAt?: string
  checklistStatus?: string | null
}

const nameOf = (person: Person) =>
  person && typeof person === 'object'
    ? (person.name ?? `#${person.id}`)
    : person
      ? `#${person}`
      : '—'

/** The "Review queue" admin view: articles in review, oldest first, with reviewer and age. */
export async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, adminRoute } = requireViewer(initPageResult, '/review-queue')
  const { payload, user } = req
  const collection = getOptionsFromConfig(payload.config).slugs.articles
  const { docs } = await payload.find({
    collection,
    where: { and: [{ stage: { equals: 'in_review' } }, ...checklistWhere(searchParams)] },
    sort: 'stageChangedAt',
    depth: 1,
    draft: true,
    limit: 200,
    overrideAccess: false,
    user,
    req,
  })
  const rows = docs as unknown as Row[]
  const now = new Date()

  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="sr-review-queue" id="review-queue">
        <h1>Review queue</h1>
        <p className="sr-review-queue__lead">Articles waiting for review, oldest first.</p>
        <ChecklistFilter base={`${adminRoute}/review-queue`} searchParams={searchParams} />
        {rows.length === 0 ? (
          <p>Nothing is waiting for review.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Article</th>
                <th>Author</th>
                <th>Reviewer</th>
                <th>Waiting</th>
                <th>Checklist</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <a href={`${adminRoute}/collections/${collection}/${row.id}`}>
                      {row.title || 'Untitled'}
                    </a>
                  </td>
                  <td>{nameOf(row.author)}</td>
                  <td>{row.assignee ? nameOf(row.assignee) : 'Unassigned'}</td>
                  <td className="sr-review-queue__age">{formatAge(row.stageChangedAt, now)}</td>
                  <ChecklistStatusCell status={row.checklistStatus} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </AdminViewShell>
  )
}
