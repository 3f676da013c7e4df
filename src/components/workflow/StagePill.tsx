import React from 'react'

import type { Stage } from '../../workflow'
import { isStage, STAGE_NAMES } from './stageStyle'
import './workflow.scss'

/** A coloured pill naming a workflow stage. */
export function StagePill({ stage }: { stage: unknown }) {
  if (!isStage(stage)) return <span className="sr-stage-pill sr-stage-pill--none">—</span>
  const known: Stage = stage
  return <span className={`sr-stage-pill sr-stage-pill--${known}`}>{STAGE_NAMES[known]}</span>
}
