'use client'

import {
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { AUTHOR_EDITABLE_STAGES, EDIT_LOCKED_MESSAGES } from '../../workflow'
import { ChecklistPanel } from '../checklist/ChecklistPanel'
import type { Staff, WorkflowStateJson } from './workflowApi'
import { loadStaff, workflowApi } from './workflowApi'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowHistory } from './WorkflowHistory'
import './workflow.scss'

/**
 * The edit view's workflow sidebar: what stage the article is in, the buttons for the actions the
 * server says this user may take now, and the history. Every action goes through the workflow
 * endpoint; the form is then reset in place from the saved document (no page reload), so it
 * carries the new stage and whatever the action wrote.
 */
export function WorkflowPanel() {
  const {
    id,
    collectionSlug,
    lastUpdateTime,
    unlockDocument,
    setData,
    setHasPublishedDoc,
    incrementVersionCount,
    getDocPermissions,
  } = useDocumentInfo()
  const { reset } = useForm()
  const { config } = useConfig()
  const { user } = useAuth()
  const isModified = useFormModified()
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const api = useMemo(
    () => (id && collectionSlug ? workflowApi(apiBase, collectionSlug, id) : null),
    [apiBase, collectionSlug, id],
  )
  const [state, setState] = useState<WorkflowStateJson | null>(null)
  const [staff, setStaff] = useState<Staff[]>([])
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    if (!api) return
    try {
      setState(await api.state())
      setError(null)
    } catch (err) {
      setError((err as Error).message)
    }
  }, [api])

  useEffect(() => {
    loadStaff(apiBase).then(setStaff, () => setStaff([]))
  }, [apiBase])
  // Saves can move the stage too (Publish, or a revision of a live article): refetch after each.
  useEffect(() => {
    void refresh()
  }, [refresh, lastUpdateTime])

  if (!id) {
    return <p className="sr-workflow__hint">Save a draft first; then submit it for review.</p>
  }
  const onAct = async (body: Record<string, unknown>) => {
    if (!api) return
    try {
      const next = await api.act({ ...body, expectedStage: state?.stage })
      setState(next)
      toast.success('Done.')
      // Moving the article on ends this person's edit: free the document lock for the next one.
      if (collectionSlug) await unlockDocument(id, collectionSlug).catch(() => undefined)
      // The form still holds the old stage (and, after a publish, the old status): reset it from
      // the saved document, as Payload does after its own saves.
      const doc = await api.document()
      await reset(doc)
      setData(doc)
      setHasPublishedDoc(next.isLive)
      incrementVersionCount()
      // Field permissions follow the stage (read-only while this user may not edit).
      await getDocPermissions(doc)
    } catch (err) {
      toast.error((err as Error).message)
      await refresh()
    }
  }
  const isAuthor = (user as { role?: string } | null)?.role === 'author'
  const reviewers = staff.filter((member) => member.role === 'editor' || member.role === 'admin')
  const assignee = state?.assignee ? staff.find((member) => member.id === state.assignee) : null

  return (
    <div className="sr-workflow" id="workflow-panel">
      <h3 className="sr-workflow__title">Workflow</h3>
      {error ? <p className="sr-workflow__error">{error}</p> : null}
      {state ? (
        <>
          {state.isLive && state.stage !== 'published' ? (
            <p className="sr-workflow__live">
              The published version stays live while this revision is worked on.
            </p>
          ) : null}
          {isAuthor && !AUTHOR_EDITABLE_STAGES.includes(state.stage) ? (
            <p className="sr-workflow__hint">{EDIT_LOCKED_MESSAGES[state.stage]}.</p>
          ) : null}
          {assignee ? <p className="sr-workflow__meta">Reviewer: {assignee.name}</p> : null}
          {state.publishAt && state.stage === 'scheduled' ? (
            <p className="sr-workflow__meta">
              Publishes {new Date(state.publishAt).toLocaleString()}
            </p>
          ) : null}
          <ChecklistPanel actions={state.allowedActions} onAct={onAct} />
          <WorkflowActions
            actions={state.allowedActions}
            disabledReason={isModified ? 'Save your changes before moving the article on.' : null}
            onAct={onAct}
            reviewers={reviewers}
          />
          <h4 className="sr-workflow__subtitle">History</h4>
          <WorkflowHistory history={state.history} staff={staff} />
        </>
      ) : null}
    </div>
  )
}
