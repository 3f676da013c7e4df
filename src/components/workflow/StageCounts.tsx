import type { ServerProps } from 'payload'
import React from 'react'

import { getOptionsFromConfig } from '../../options'
import { STAGES } from '../../workflow'
import { STAGE_NAMES } from './stageStyle'
import './workflow.scss'

/** Dashboard tiles: how many articles (that this user may see) are in each stage. */
export async function StageCounts({ payload, user }: ServerProps) {
  if (!user) return null
  const collection = getOptionsFromConfig(payload.config).slugs.articles
  const counts = await Promise.all(
    STAGES.map(async (stage) => {
      const { totalDocs } = await payload.count({
        collection,
        where: { stage: { equals: stage } },
        overrideAccess: false,
        user,
      })
      return { stage, totalDocs }
    }),
  )
  const base = `${payload.config.routes.admin}/collections/${collection}`
  return (
    <section className="sr-stage-counts" id="workflow-stage-counts">
      <h2 className="sr-stage-counts__title">Articles by stage</h2>
      <ul>
        {counts.map(({ stage, totalDocs }) => (
          <li key={stage}>
            <a
              className={`sr-stage-counts__tile sr-stage-counts__tile--${stage}`}
              href={`${base}?where[and][0][stage][equals]=${stage}`}
            >
              <span className="sr-stage-counts__count" data-stage={stage}>
                {totalDocs}
              </span>
              <span>{STAGE_NAMES[stage]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
