import type { ServerProps } from 'payload'
import React from 'react'

/** "Moderation queue" in the admin's navigation, for the moderators (editors and admins). */
export function ModerationQueueNavLink({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (role !== 'admin' && role !== 'editor') return null
  return (
    <a className="nav__link sr-nav-link" href={`${payload.config.routes.admin}/moderation-queue`}>
      <span className="nav__link-label">Moderation queue</span>
    </a>
  )
}
