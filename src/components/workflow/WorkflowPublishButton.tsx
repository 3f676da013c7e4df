'use client'

import { PublishButton, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's Publish button, shown only to editors and admins on an approved article: authors never
 * see it, and the server refuses any other publish anyway.
 */
export function WorkflowPublishButton(props: React.ComponentProps<typeof PublishButton>) {
  const { user } = useAuth()
  const stage = useFormFields(([fields]) => fields.stage?.value)
  const role = (user as { role?: string } | null)?.role
  if ((role !== 'editor' && role !== 'admin') || stage !== 'approved') return null
  return <PublishButton {...props} />
}
