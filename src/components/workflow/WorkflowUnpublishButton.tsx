'use client'

import { UnpublishButton, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

/** Payload's Unpublish menu item, only for editors and admins on a published article. */
export function WorkflowUnpublishButton(props: React.ComponentProps<typeof UnpublishButton>) {
  const { user } = useAuth()
  const stage = useFormFields(([fields]) => fields.stage?.value)
  const role = (user as { role?: string } | null)?.role
  if ((role !== 'editor' && role !== 'admin') || stage !== 'published') return null
  return <UnpublishButton {...props} />
}
