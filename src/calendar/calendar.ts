import type { Stage } from '../workflow'

/** The calendar shows one day or one week (Monday first). */
export type CalendarSpan = 'day' | 'week'

export type CalendarRange = {
  span: CalendarSpan
  /** Inclusive start, midnight UTC. */
  start: Date
  /** Exclusive end, midnight UTC. */
  end: Date
  /** The days in the range, as `YYYY-MM-DD`. */
  days: string[]
  previous: string
  next: string
}

const DAY_MS = 86_400_000

/** `YYYY-MM-DD` of a date, in UTC (the calendar's days are UTC days, so every editor sees one grid). */
export const dayKey = (date: Date): string => date.toISOString().slice(0, 10)

/** Parses a `YYYY-MM-DD` query value; anything else (or nothing) means today. */
export function parseDay(value: unknown, today: Date): Date {
  const midnight = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()),
  )
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return midnight
  const parsed = new Date(`${value}T00:00:00.000Z`)
  return Number.isNaN(parsed.getTime()) || dayKey(parsed) !== value ? midnight : parsed
}

/** The day or week (Monday to Sunday) containing `day`, with the neighbouring ranges' anchors. */
export function calendarRange({ span, day }: { span: CalendarSpan; day: Date }): CalendarRange {
  const length = span === 'week' ? 7 : 1
  // getUTCDay: Sunday 0 … Saturday 6; weeks start on Monday.
  const offset = span === 'week' ? (day.getUTCDay() + 6) % 7 : 0
  const start = new Date(day.getTime() - offset * DAY_MS)
  const end = new Date(start.getTime() + length * DAY_MS)
  const days = Array.from({ length }, (_, i) => dayKey(new Date(start.getTime() + i * DAY_MS)))
  return {
    span,
    start,
    end,
    days,
    previous: dayKey(new Date(start.getTime() - length * DAY_MS)),
    next: dayKey(end),
  }
}

export type CalendarEntry = {
  id: string
  title: string
  stage: Stage | null
  /** When it publishes (scheduled) or went live (published), ISO. */
  at: string
}

/** Entries grouped by UTC day, each day in time order; every day of the range is present. */
export function groupByDay<T extends CalendarEntry>(
  entries: T[],
  days: string[],
): Record<string, T[]> {
  const grouped: Record<string, T[]> = Object.fromEntries(days.map((day) => [day, [] as T[]]))
  for (const entry of entries) grouped[entry.at.slice(0, 10)]?.push(entry)
  for (const day of days) grouped[day].sort((a, b) => a.at.localeCompare(b.at))
  return grouped
}

export type RescheduleStep = { action: 'schedule' | 'unschedule'; expectedStage: Stage }

/**
 * The workflow actions that move an article to a new publish time. A scheduled article is
 * unscheduled and scheduled again (the transition table has no scheduled → scheduled step, and the
 * stale scheduler job then finds the article not due and skips); an approved one is scheduled. Any
 * other stage is sent as a `schedule` too, so the server's rule answers (and its refusal is shown).
 */
export function rescheduleSteps(stage: Stage): RescheduleStep[] {
  if (stage === 'scheduled') {
    return [
      { action: 'unschedule', expectedStage: 'scheduled' },
      { action: 'schedule', expectedStage: 'approved' },
    ]
  }
  return [{ action: 'schedule', expectedStage: stage }]
}
