import type { ServerProps } from 'payload'
import React from 'react'

/** "Review queue" in the admin's navigation, for staff. */
export function ReviewQueueNavLink({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (!role || !['admin', 'editor', 'author'].includes(role)) return null
  return (
    <a className="nav__link sr-nav-link" href={`${payload.config.routes.admin}/review-queue`}>
      <span className="nav__link-label">Review queue</span>
    </a>
  )
}
