import { ERRORS, planTransition, WorkflowError } from '../../src/workflow'
import type { Actor, Stage, TransitionInput } from '../../src/workflow'

const NOW = new Date('2025-06-01T12:00:00.000Z')
const admin: Actor = { kind: 'user', id: 'admin-1', role: 'admin' }
const editor: Actor = { kind: 'user', id: 'editor-1', role: 'editor' }
const author: Actor = { kind: 'user', id: 'author-1', role: 'author' }
const scheduler: Actor = { kind: 'system' }
const article = { authorId: 'author-1' }

function plan(overrides: Partial<TransitionInput> & { stage: Stage; action: string }) {
  return planTransition({ actor: editor, article, now: NOW, ...overrides })
}

/** The WorkflowError `run` throws; fails the test if it throws nothing or something else. */
function refusal(run: () => unknown): WorkflowError {
  try {
    run()
  } catch (error) {
    if (error instanceof WorkflowError) return error
    throw error
  }
  throw new Error('expected a WorkflowError, nothing was thrown')
}

describe('WorkflowError and ERRORS', () => {
  it('is an Error carrying status and code', () => {
    const error = new WorkflowError('NOTE_REQUIRED')
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ name: 'WorkflowError', status: 400, code: 'NOTE_REQUIRED' })
    expect(error.message).toBe(ERRORS.NOTE_REQUIRED.message)
  })

  it('only uses 400, 403 and 409', () => {
    for (const { status } of Object.values(ERRORS)) expect([400, 403, 409]).toContain(status)
  })
})

describe('planTransition: approval by the article’s own editor', () => {
  it('refuses an editor approving their own article', () => {
    const error = refusal(() =>
      plan({ stage: 'in_review', action: 'approve', article: { authorId: 'editor-1' } }),
    )
    expect(error).toMatchObject({ status: 403, code: 'SELF_APPROVAL' })
  })

  it('lets an admin approve their own article', () => {
    const result = plan({
      stage: 'in_review',
      action: 'approve',
      actor: admin,
      article: { authorId: 'admin-1' },
    })
    expect(result.to).toBe('approved')
  })

  it('lets an editor submit and withdraw their own article', () => {
    const own = { authorId: 'editor-1' }
    expect(plan({ stage: 'draft', action: 'submit', article: own }).to).toBe('in_review')
    expect(plan({ stage: 'in_review', action: 'withdraw', article: own }).to).toBe('draft')
  })
})

describe('planTransition: validation order and input checks', () => {
  it('rejects an unknown action with 400 before anything else', () => {
    const error = refusal(() =>
      plan({ stage: 'draft', action: 'delete', expectedStage: 'archived' }),
    )
    expect(error).toMatchObject({ status: 400, code: 'UNKNOWN_ACTION' })
    expect(error.message).toContain('"delete"')
  })

  it('reports a stale expectedStage as a 409 conflict', () => {
    const error = refusal(() =>
      plan({ stage: 'in_review', action: 'approve', expectedStage: 'draft' }),
    )
    expect(error).toMatchObject({ status: 409, code: 'STAGE_CONFLICT' })
    expect(error.message).toBe('stage changed: expected draft, is in_review')
  })

  it('reports the conflict even when the actor could not act anyway', () => {
    const error = refusal(() =>
      plan({ stage: 'approved', action: 'publish', actor: author, expectedStage: 'draft' }),
    )
    expect(error.code).toBe('STAGE_CONFLICT')
  })

  it('accepts a matching or absent expectedStage', () => {
    expect(plan({ stage: 'approved', action: 'publish', expectedStage: 'approved' }).to).toBe(
      'published',
    )
    expect(plan({ stage: 'approved', action: 'publish', expectedStage: null }).to).toBe('published')
  })

  it.each([undefined, null, '', '   '])('requires a note to request changes (%p)', (note) => {
    const error = refusal(() => plan({ stage: 'in_review', action: 'request_changes', note }))
    expect(error).toMatchObject({ status: 400, code: 'NOTE_REQUIRED' })
  })

  it('trims the note and records it in history', () => {
    const result = plan({ stage: 'in_review', action: 'request_changes', note: '  Cut para 3  ' })
    expect(result.note).toBe('Cut para 3')
    expect(result.historyEntry.note).toBe('Cut para 3')
  })

  it('checks permission before inputs', () => {
    const error = refusal(() =>
      plan({ stage: 'in_review', action: 'request_changes', actor: author }),
    )
    expect(error.status).toBe(403)
  })

  it.each([
    ['missing', undefined],
    ['null', null],
    ['garbage', 'next tuesday-ish'],
    ['invalid Date', new Date('nope')],
    ['in the past', '2025-05-31T12:00:00.000Z'],
    ['exactly now', NOW.toISOString()],
  ])('refuses to schedule with a publishAt that is %s', (_label, publishAt) => {
    const error = refusal(() => plan({ stage: 'approved', action: 'schedule', publishAt }))
    expect(error).toMatchObject({ status: 400, code: 'PUBLISH_AT_INVALID' })
  })

  it('schedules with a future publishAt given as a string or Date', () => {
    const fromString = plan({
      stage: 'approved',
      action: 'schedule',
      publishAt: '2025-06-02T08:00:00Z',
    })
    expect(fromString).toMatchObject({ to: 'scheduled', publishAt: '2025-06-02T08:00:00.000Z' })
    const date = new Date('2025-07-01T00:00:00.000Z')
    expect(plan({ stage: 'approved', action: 'schedule', publishAt: date }).publishAt).toBe(
      date.toISOString(),
    )
  })

  it('clears publishAt on unschedule and leaves it alone elsewhere', () => {
    expect(plan({ stage: 'scheduled', action: 'unschedule' }).publishAt).toBeNull()
    const publishAt = '2025-07-01T00:00:00.000Z'
    expect(plan({ stage: 'approved', action: 'publish', publishAt }).publishAt).toBeUndefined()
  })
})

describe('planTransition: scheduled_publish', () => {
  const due = { stage: 'scheduled' as const, action: 'scheduled_publish', actor: scheduler }

  it('publishes when publishAt has passed or is now, recorded as the scheduler', () => {
    for (const publishAt of ['2025-06-01T11:59:00.000Z', NOW.toISOString()]) {
      const result = plan({ ...due, publishAt })
      expect(result).toMatchObject({ to: 'published', publishes: true, publishAt })
      expect(result.historyEntry.by).toBe('scheduler')
    }
  })

  it('refuses before publishAt with a 409', () => {
    const error = refusal(() => plan({ ...due, publishAt: '2025-06-01T12:00:01.000Z' }))
    expect(error).toMatchObject({ status: 409, code: 'NOT_DUE' })
  })

  it('refuses without a valid publishAt with a 400', () => {
    expect(refusal(() => plan({ ...due, publishAt: null })).status).toBe(400)
  })

  it.each([admin, editor, author])('is refused to a user ($role)', (actor) => {
    const error = refusal(() => plan({ ...due, actor, publishAt: NOW }))
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN' })
    expect(error.message).toBe('Only the scheduler can auto-publish this article')
  })

  it('is the only thing the scheduler may do', () => {
    const error = refusal(() => plan({ stage: 'approved', action: 'publish', actor: scheduler }))
    expect(error.status).toBe(403)
  })
})
