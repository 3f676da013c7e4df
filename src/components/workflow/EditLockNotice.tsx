'use client'

import { Banner, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { canEdit, ROLES } from '../../workflow'
import type { Role } from '../../workflow'
import { isStage } from './stageStyle'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value === null || value === undefined || value === ''
      ? null
      : String(value)

/**
 * Above the article's fields: why they are read-only when the workflow forbids this viewer's edit
 * (an author's article in review, approved or live). The fields themselves are read-only through
 * their update access (`fieldEditableInStage`); both answer with the engine's `canEdit`, the rule
 * the server enforces on every save.
 */
export function EditLockNotice() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const stage = useFormFields(([fields]) => fields.stage?.value)
  const author = useFormFields(([fields]) => fields.author?.value)
  const role = (user as { role?: string } | null)?.role
  if (!id || !user || !isStage(stage) || !ROLES.includes(role as Role)) return null
  const check = canEdit({
    stage,
    actor: { kind: 'user', id: String(user.id), role: role as Role },
    article: { authorId: idOf(author) },
  })
  if (check.ok) return null
  return (
    <div className="sr-edit-lock" id="workflow-edit-lock">
      <Banner type="info">Read-only: {check.error.message}.</Banner>
    </div>
  )
}
