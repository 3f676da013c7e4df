'use client'

import type { OptionObject } from 'payload'
import { Button, SelectInput } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React from 'react'

import type { CalendarSpan } from '../../calendar/calendar'
import { STAGE_NAMES } from '../workflow/stageStyle'

type Filters = { author: string; stage: string; format: string; drama: string }

type Props = {
  filters: Filters
  authors: OptionObject[]
  dramas: OptionObject[]
  formats: string[]
  stages: Array<keyof typeof STAGE_NAMES>
  range: { span: CalendarSpan; days: string[]; previous: string; next: string }
}

const valueOf = (option: unknown): string =>
  option && typeof option === 'object' && 'value' in option
    ? String((option as OptionObject).value)
    : ''

/** The calendar's span, paging and filters, kept in the URL so a view can be shared and reloaded. */
export function CalendarFilters({ filters, authors, dramas, formats, stages, range }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const go = (next: Record<string, string>) => {
    const params = new URLSearchParams(searchParams?.toString())
    for (const [key, value] of Object.entries(next)) {
      if (value) params.set(key, value)
      else params.delete(key)
    }
    router.push(`${pathname}?${params.toString()}`)
  }
  const select = (name: keyof Filters, label: string, options: OptionObject[]) => (
    <div className="sr-calendar__filter">
      <SelectInput
        isClearable
        label={label}
        name={`calendar-${name}`}
        onChange={(option) => go({ [name]: valueOf(option) })}
        options={options}
        path={`calendar-${name}`}
        placeholder={`Any ${label.toLowerCase()}`}
        value={filters[name]}
      />
    </div>
  )

  return (
    <div className="sr-calendar__toolbar">
      <div className="sr-calendar__paging">
        <Button
          buttonStyle="secondary"
          id="calendar-previous"
          margin={false}
          onClick={() => go({ date: range.previous })}
          size="small"
        >
          ← Previous
        </Button>
        <Button
          buttonStyle="secondary"
          id="calendar-today"
          margin={false}
          onClick={() => go({ date: '' })}
          size="small"
        >
          Today
        </Button>
        <Button
          buttonStyle="secondary"
          id="calendar-next"
          margin={false}
          onClick={() => go({ date: range.next })}
          size="small"
        >
          Next →
        </Button>
        <Button
          buttonStyle={range.span === 'week' ? 'primary' : 'secondary'}
          id="calendar-week"
          margin={false}
          onClick={() => go({ view: 'week', date: range.days[0] })}
          size="small"
        >
          Week
        </Button>
        <Button
          buttonStyle={range.span === 'day' ? 'primary' : 'secondary'}
          id="calendar-day"
          margin={false}
          onClick={() => go({ view: 'day', date: range.days[0] })}
          size="small"
        >
          Day
        </Button>
      </div>
      <div className="sr-calendar__filters">
        {select('author', 'Author', authors)}
        {select(
          'stage',
          'Stage',
          stages.map((stage) => ({ label: STAGE_NAMES[stage], value: stage })),
        )}
        {select(
          'format',
          'Format',
          formats.map((format) => ({ label: format, value: format })),
        )}
        {select('drama', 'Drama', dramas)}
      </div>
    </div>
  )
}
