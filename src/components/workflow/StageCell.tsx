import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { StagePill } from './StagePill'

/** The articles list's stage column. */
export function StageCell({ cellData }: DefaultCellComponentProps) {
  return <StagePill stage={cellData} />
}
