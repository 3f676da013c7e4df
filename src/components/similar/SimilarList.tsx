import type { JSONFieldServerComponent } from 'payload'
import React from 'react'

import { getOptionsFromConfig } from '../../options'
import { relationId } from '../../relationId'

import './similar.scss'

type Row = { article?: unknown; score?: number | null; isPinned?: boolean | null }

/**
 * The computed list in the admin, read-only: titles linking to each article, scores and pins,
 * instead of the raw JSON of ids. Titles are read with the editor's own access (the list itself is
 * derived data the field's readers may see).
 */
export const SimilarList: JSONFieldServerComponent = async ({ field, id, payload, req }) => {
  const { slugs } = getOptionsFromConfig(payload.config)
  // The live document's list: the form shows the latest version, whose copy of the list is frozen
  // at its save while the live list keeps changing as other articles are published.
  const live = id
    ? await payload.db.findOne({
        collection: slugs.articles,
        where: { id: { equals: id } },
        select: { similarArticles: true },
        req,
      })
    : null
  const value = (live as { similarArticles?: unknown } | null)?.similarArticles
  const rows = (Array.isArray(value) ? value : []) as Row[]
  const ids = rows.map((row) => relationId(row.article)).filter((rowId) => rowId !== null)
  const { docs } = ids.length
    ? await payload.find({
        collection: slugs.articles,
        where: { id: { in: ids } },
        select: { title: true },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  const titles = new Map(docs.map((doc) => [String(doc.id), String(doc.title ?? doc.id)]))
  const adminRoute = payload.config.routes.admin
  return (
    <div className="field-type sr-similar-list" data-testid="similar-list">
      <div className="field-label">Similar articles</div>
      {rows.length === 0 ? (
        <p className="sr-similar-list__empty">
          None yet: the list is computed when the article is published.
        </p>
      ) : (
        <ol className="sr-similar-list__rows">
          {rows.map((row) => {
            const id = String(relationId(row.article))
            return (
              <li data-id={id} key={id}>
                <a href={`${adminRoute}/collections/${slugs.articles}/${id}`}>
                  {titles.get(id) ?? `#${id}`}
                </a>{' '}
                <span className="sr-similar-list__score">{(row.score ?? 0).toFixed(2)}</span>
                {row.isPinned ? <span className="sr-similar-list__pin">pinned</span> : null}
              </li>
            )
          })}
        </ol>
      )}
      {typeof field.admin?.description === 'string' ? (
        <div className="field-description">{field.admin.description}</div>
      ) : null}
    </div>
  )
}
