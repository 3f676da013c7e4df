'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { StagePill } from './StagePill'

/**
 * Replaces Payload's "Status: Draft / Published / Changed" in the edit view's header with the
 * workflow's stage, so an article has one status wherever it is shown. Whether a version is live
 * is the workflow panel's business ("The published version stays live…").
 */
export function WorkflowStatus() {
  const stage = useFormFields(([fields]) => fields.stage?.value)
  if (stage === undefined) return null
  return (
    <div className="sr-header-status" id="workflow-status">
      <span className="sr-header-status__label">Stage:</span>
      <StagePill stage={stage} />
    </div>
  )
}
