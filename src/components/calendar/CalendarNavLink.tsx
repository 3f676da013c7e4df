import type { ServerProps } from 'payload'
import React from 'react'

import { CALENDAR_PATH } from './calendarPath'

/** "Calendar" in the admin's navigation, for staff. */
export function CalendarNavLink({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (!role || !['admin', 'editor', 'author'].includes(role)) return null
  return (
    <a className="nav__link sr-nav-link" href={`${payload.config.routes.admin}${CALENDAR_PATH}`}>
      <span className="nav__link-label">Calendar</span>
    </a>
  )
}
