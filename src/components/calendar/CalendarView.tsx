import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { AdminViewShell, requireViewer } from '../admin/AdminViewShell'
import { ARTICLE_FORMATS } from '../../../collections/Articles'
import type { CalendarEntry, CalendarSpan } from '../../calendar/calendar'
import { calendarRange, groupByDay, parseDay } from '../../calendar/calendar'
import { getOptionsFromConfig } from '../../options'
import { relationId } from '../../relationId'
import type { Stage } from '../../workflow'
import { StagePill } from '../workflow/StagePill'
import { CalendarFilters } from './CalendarFilters'
import { CALENDAR_PATH } from './calendarPath'
import { RescheduleButton } from './RescheduleButton'
import './calendar.scss'

const CALENDAR_STAGES: Stage[] = ['scheduled', 'published']

type Doc = {
  id: number | string
  title?: string
  stage?: Stage
  _status?: string
  author?: unknown
  format?: string
  publishAt?: string | null
  publishedAt?: string | null
}

type Entry = CalendarEntry & { author: string; format: string }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The "Calendar" admin view: scheduled articles by their publish time and published ones by the
 * time they went live, one day or one week at a time, filtered by author, stage, format and drama.
 * Editors reschedule from here through the workflow endpoint (RescheduleButton).
 */
export async function CalendarView({
  initPageResult,
  params,
  searchParams = {},
}: AdminViewServerProps) {
  const { req, adminRoute } = requireViewer(initPageResult, CALENDAR_PATH)
  const { payload, user } = req
  const { slugs } = getOptionsFromConfig(payload.config)
  const query = searchParams as Record<string, string | string[] | undefined>
  const span: CalendarSpan = one(query.view) === 'day' ? 'day' : 'week'
  const range = calendarRange({ span, day: parseDay(one(query.date), new Date()) })
  const filters = {
    author: one(query.author) ?? '',
    stage: CALENDAR_STAGES.find((stage) => stage === one(query.stage)) ?? '',
    format: ARTICLE_FORMATS.find((format) => format === one(query.format)) ?? '',
    drama: one(query.drama) ?? '',
  }

  const inRange = (field: string): Where => ({
    [field]: { greater_than_equal: range.start.toISOString(), less_than: range.end.toISOString() },
  })
  const when: Where[] = []
  if (filters.stage !== 'published')
    when.push({ and: [{ stage: { equals: 'scheduled' } }, inRange('publishAt')] })
  if (filters.stage !== 'scheduled')
    when.push({ and: [{ stage: { equals: 'published' } }, inRange('publishedAt')] })
  const and: Where[] = [{ or: when }]
  if (/^\w+$/.test(filters.author)) and.push({ author: { equals: filters.author } })
  if (filters.format) and.push({ format: { equals: filters.format } })
  if (/^\w+$/.test(filters.drama)) and.push({ dramas: { in: [filters.drama] } })

  const [articles, approved, staff, dramas] = await Promise.all([
    payload.find({
      collection: slugs.articles,
      where: { and },
      select: {
        title: true,
        stage: true,
        author: true,
        format: true,
        publishAt: true,
        publishedAt: true,
      },
      sort: 'publishAt',
      depth: 0,
      draft: true,
      limit: 500,
      overrideAccess: false,
      user,
      req,
    }),
    // Approved but not yet scheduled: what an editor can put on the calendar next.
    payload.find({
      collection: slugs.articles,
      where: { stage: { equals: 'approved' } },
      select: { title: true, stage: true },
      sort: 'stageChangedAt',
      depth: 0,
      draft: true,
      limit: 50,
      overrideAccess: false,
      user,
      req,
    }),
    payload.find({
      collection: slugs.authors,
      select: { name: true },
      sort: 'name',
      depth: 0,
      limit: 200,
      req,
    }),
    payload.find({
      collection: slugs.dramas,
      select: { title: true },
      sort: 'title',
      depth: 0,
      limit: 500,
      req,
    }),
  ])
  const names = new Map(
    staff.docs.map((doc) => [
      String(doc.id),
      String((doc as { name?: string }).name ?? `#${doc.id}`),
    ]),
  )
  const entries: Entry[] = (articles.docs as unknown as Doc[]).map((doc) => {
    const at = doc.stage === 'scheduled' ? doc.publishAt : doc.publishedAt
    return {
      id: String(doc.id),
      title: doc.title || 'Untitled',
      stage: doc.stage ?? null,
      at: at ?? '',
      author: names.get(String(relationId(doc.author))) ?? '—',
      format: doc.format ?? '',
    }
  })
  const byDay = groupByDay(
    entries.filter((entry) => entry.at),
    range.days,
  )
  const role = (user as { role?: string }).role
  const canSchedule = role === 'editor' || role === 'admin'
  const href = (id: string) => `${adminRoute}/collections/${slugs.articles}/${id}`
  const apiBase = `${payload.config.serverURL ?? ''}${payload.config.routes.api}`

  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="sr-calendar" id="content-calendar">
        <h1>Calendar</h1>
        <p className="sr-calendar__lead">
          Scheduled and published articles; days and times are UTC.
        </p>
        <CalendarFilters
          authors={staff.docs.map((doc) => ({
            label: names.get(String(doc.id)) ?? '',
            value: String(doc.id),
          }))}
          dramas={dramas.docs.map((doc) => ({
            label: String((doc as { title?: string }).title ?? `#${doc.id}`),
            value: String(doc.id),
          }))}
          filters={filters}
          formats={ARTICLE_FORMATS}
          range={{ span, days: range.days, previous: range.previous, next: range.next }}
          stages={CALENDAR_STAGES}
        />
        <div className={`sr-calendar__grid sr-calendar__grid--${span}`}>
          {range.days.map((day) => (
            <section className="sr-calendar__day" data-day={day} key={day}>
              <h3 className="sr-calendar__date">
                {new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                  timeZone: 'UTC',
                })}
              </h3>
              {byDay[day].length === 0 ? <p className="sr-calendar__empty">—</p> : null}
              {byDay[day].map((entry) => (
                <article className="sr-calendar__entry" data-id={entry.id} key={entry.id}>
                  <a href={href(entry.id)}>{entry.title}</a>
                  <div className="sr-calendar__meta">
                    <StagePill stage={entry.stage} />
                    <time dateTime={entry.at}>{entry.at.slice(11, 16)} UTC</time>
                  </div>
                  <div className="sr-calendar__meta">
                    {entry.author} · {entry.format}
                  </div>
                  {canSchedule && entry.stage === 'scheduled' ? (
                    <RescheduleButton
                      apiBase={apiBase}
                      at={entry.at}
                      collection={slugs.articles}
                      id={entry.id}
                      stage="scheduled"
                      title={entry.title}
                    />
                  ) : null}
                </article>
              ))}
            </section>
          ))}
        </div>
        {canSchedule && approved.docs.length > 0 ? (
          <section className="sr-calendar__approved" id="calendar-approved">
            <h3>Approved, not scheduled</h3>
            {(approved.docs as unknown as Doc[]).map((doc) => (
              <article className="sr-calendar__entry" data-id={String(doc.id)} key={doc.id}>
                <a href={href(String(doc.id))}>{doc.title || 'Untitled'}</a>
                <RescheduleButton
                  apiBase={apiBase}
                  at={null}
                  collection={slugs.articles}
                  id={String(doc.id)}
                  stage="approved"
                  title={doc.title || 'Untitled'}
                />
              </article>
            ))}
          </section>
        ) : null}
      </div>
    </AdminViewShell>
  )
}
