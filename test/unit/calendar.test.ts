import {
  calendarRange,
  dayKey,
  groupByDay,
  parseDay,
  rescheduleSteps,
} from '../../src/calendar/calendar'

const today = new Date('2026-12-06T15:30:00.000Z') // a Sunday

describe('calendar ranges', () => {
  it('parses a day or falls back to today (UTC midnight)', () => {
    expect(dayKey(parseDay('2026-12-01', today))).toBe('2026-12-01')
    expect(parseDay(undefined, today).toISOString()).toBe('2026-12-06T00:00:00.000Z')
    expect(dayKey(parseDay('2026-02-30', today))).toBe('2026-12-06')
    expect(dayKey(parseDay('yesterday', today))).toBe('2026-12-06')
  })

  it('spans Monday to Sunday for a week, with the neighbouring weeks', () => {
    const range = calendarRange({ span: 'week', day: parseDay('2026-12-06', today) })
    expect(range.days).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(range.start.toISOString()).toBe('2026-11-30T00:00:00.000Z')
    expect(range.end.toISOString()).toBe('2026-12-07T00:00:00.000Z')
    expect([range.previous, range.next]).toEqual(['2026-11-23', '2026-12-07'])
  })

  it('spans one day for a day', () => {
    const range = calendarRange({ span: 'day', day: parseDay('2026-12-31', today) })
    expect(range.days).toEqual(['2026-12-31'])
    expect([range.previous, range.next]).toEqual(['2026-12-30', '2027-01-01'])
  })

  it('groups entries by UTC day in time order and drops those outside the range', () => {
    const grouped = groupByDay(
      [
        { id: 'b', title: 'B', stage: 'scheduled', at: '2026-12-01T18:00:00.000Z' },
        { id: 'a', title: 'A', stage: 'published', at: '2026-12-01T09:00:00.000Z' },
        { id: 'c', title: 'C', stage: 'published', at: '2026-12-09T09:00:00.000Z' },
      ],
      ['2026-12-01', '2026-12-02'],
    )
    expect(grouped['2026-12-01'].map((entry) => entry.id)).toEqual(['a', 'b'])
    expect(grouped['2026-12-02']).toEqual([])
    expect(Object.keys(grouped)).toEqual(['2026-12-01', '2026-12-02'])
  })
})

describe('rescheduleSteps', () => {
  it('unschedules then schedules a scheduled article, each step expecting its stage', () => {
    expect(rescheduleSteps('scheduled')).toEqual([
      { action: 'unschedule', expectedStage: 'scheduled' },
      { action: 'schedule', expectedStage: 'approved' },
    ])
  })

  it('asks the server to schedule anything else, so its rule answers', () => {
    expect(rescheduleSteps('approved')).toEqual([{ action: 'schedule', expectedStage: 'approved' }])
    expect(rescheduleSteps('published')).toEqual([
      { action: 'schedule', expectedStage: 'published' },
    ])
  })
})
