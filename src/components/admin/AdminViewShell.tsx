import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

type ShellProps = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'>

/**
 * The signed-in viewer of one of Showrunner's admin views (review queue, moderation queue,
 * calendar); anyone else is sent to the login page, which brings them back to `path` after.
 */
export function requireViewer(initPageResult: ShellProps['initPageResult'], path: string) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
  }
  return { req: req as PayloadRequest & { user: NonNullable<PayloadRequest['user']> }, adminRoute }
}

/** Payload's admin chrome (navigation, header) around a custom view's content. */
export function AdminViewShell({
  children,
  initPageResult,
  params,
  searchParams,
}: ShellProps & { children: React.ReactNode }) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
