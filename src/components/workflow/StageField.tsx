'use client'

import type { SelectFieldClientComponent } from 'payload'
import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { StagePill } from './StagePill'

/** The stage in the edit view's sidebar: shown, never edited (workflow actions move it). */
export const StageField: SelectFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path })
  return (
    <div className="field-type sr-stage-field">
      <FieldLabel label="Workflow stage" />
      <StagePill stage={value} />
    </div>
  )
}
