'use client'

import type { Where } from 'payload'
import { SelectInput, useConfig, useListQuery } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { STAGES } from '../../workflow'
import { STAGE_NAMES } from './stageStyle'
import type { Staff } from './workflowApi'
import { loadStaff } from './workflowApi'
import './workflow.scss'

const OWN_KEYS = ['stage', 'assignee']

// Our filters live as top-level `and` conditions on `stage` and `assignee`; anything else in the
// query (the where builder's own filters) is kept as it is.
function split(where: Where | undefined): { others: Where[]; stage: string; assignee: string } {
  const conditions = where ? (Array.isArray(where.and) ? where.and : [where]) : []
  let stage = ''
  let assignee = ''
  const others: Where[] = []
  for (const condition of conditions) {
    const keys = Object.keys(condition)
    if (keys.length === 1 && OWN_KEYS.includes(keys[0])) {
      const value = String((condition[keys[0]] as { equals?: unknown })?.equals ?? '')
      if (keys[0] === 'stage') stage = value
      else assignee = value
    } else if (keys.length > 0) {
      others.push(condition)
    }
  }
  return { others, stage, assignee }
}

/** Quick stage and reviewer filters above the articles list. */
export function WorkflowListFilters() {
  const { query, refineListData } = useListQuery()
  const { config } = useConfig()
  const [staff, setStaff] = useState<Staff[]>([])
  useEffect(() => {
    loadStaff(`${config.serverURL ?? ''}${config.routes.api}`).then(setStaff, () => setStaff([]))
  }, [config.routes.api, config.serverURL])

  const { others, stage, assignee } = split(query?.where as Where | undefined)
  const apply = (next: { stage?: string; assignee?: string }) => {
    const wanted = { stage, assignee, ...next }
    const own: Where[] = []
    if (wanted.stage) own.push({ stage: { equals: wanted.stage } })
    if (wanted.assignee) own.push({ assignee: { equals: wanted.assignee } })
    const conditions = [...others, ...own]
    void refineListData({ where: conditions.length ? { and: conditions } : {}, page: 1 })
  }
  const reviewers = staff.filter((member) => member.role === 'editor' || member.role === 'admin')

  const valueOf = (option: unknown) =>
    option && typeof option === 'object' && 'value' in option
      ? String((option as { value: unknown }).value)
      : ''

  return (
    <div className="sr-list-filters">
      <div className="sr-list-filters__filter">
        <SelectInput
          isClearable
          label="Stage"
          name="filter-stage"
          onChange={(option) => apply({ stage: valueOf(option) })}
          options={STAGES.map((value) => ({ label: STAGE_NAMES[value], value }))}
          path="filter-stage"
          placeholder="All stages"
          value={stage}
        />
      </div>
      <div className="sr-list-filters__filter">
        <SelectInput
          isClearable
          label="Reviewer"
          name="filter-assignee"
          onChange={(option) => apply({ assignee: valueOf(option) })}
          options={reviewers.map((member) => ({ label: member.name, value: member.id }))}
          path="filter-assignee"
          placeholder="Anyone"
          value={assignee}
        />
      </div>
    </div>
  )
}
