import { planTransition, STAGES, WorkflowError } from '../../src/workflow'
import type { Actor, Stage, TransitionInput } from '../../src/workflow'

const NOW = new Date('2025-06-01T12:00:00.000Z')
const admin: Actor = { kind: 'user', id: 'admin-1', role: 'admin' }
const editor: Actor = { kind: 'user', id: 'editor-1', role: 'editor' }
const author: Actor = { kind: 'user', id: 'author-1', role: 'author' }
const article = { authorId: 'author-1' }
const anEditor = { id: 'editor-2', role: 'editor' } as const

function plan(overrides: Partial<TransitionInput> & { stage: Stage; action: string }) {
  return planTransition({ actor: editor, article, now: NOW, ...overrides })
}

function refusal(run: () => unknown): WorkflowError {
  try {
    run()
  } catch (error) {
    if (error instanceof WorkflowError) return error
    throw error
  }
  throw new Error('expected a WorkflowError, nothing was thrown')
}

describe('planTransition: the plan', () => {
  it('describes the move and the history entry', () => {
    const result = plan({ stage: 'in_review', action: 'approve', note: 'Great piece' })
    expect(result).toEqual({
      from: 'in_review',
      to: 'approved',
      action: 'approve',
      note: 'Great piece',
      publishAt: undefined,
      assigneeId: undefined,
      publishes: false,
      unpublishes: false,
      historyEntry: {
        action: 'approve',
        from: 'in_review',
        to: 'approved',
        by: 'editor-1',
        at: '2025-06-01T12:00:00.000Z',
        note: 'Great piece',
      },
    })
  })

  it.each([
    ['approved', 'publish', true, false],
    ['published', 'unpublish', false, true],
    ['published', 'archive', false, true],
    ['draft', 'archive', false, false],
    ['archived', 'restore', false, false],
  ] as const)('%s → %s: publishes %s, unpublishes %s', (stage, action, publishes, unpublishes) => {
    expect(plan({ stage, action })).toMatchObject({ publishes, unpublishes })
  })

  it('never lets an author publish, whatever the route or stage', () => {
    for (const stage of STAGES) {
      for (const action of ['publish', 'schedule', 'scheduled_publish']) {
        const publishAt = action === 'schedule' ? '2025-07-01T00:00:00Z' : NOW
        expect(refusal(() => plan({ stage, action, actor: author, publishAt })).status).toBe(403)
      }
    }
  })

  it('lets an editor publish only an approved article', () => {
    const published = STAGES.filter((stage) => {
      try {
        return plan({ stage, action: 'publish' }).publishes
      } catch {
        return false
      }
    })
    expect(published).toEqual(['approved'])
  })
})

describe('planTransition: assignee', () => {
  it('lets the author pick an editor when submitting', () => {
    const result = plan({ stage: 'draft', action: 'submit', actor: author, assignee: anEditor })
    expect(result).toMatchObject({ to: 'in_review', assigneeId: 'editor-2' })
  })

  it('leaves the assignee alone when none is given on submit', () => {
    expect(plan({ stage: 'draft', action: 'submit', actor: author }).assigneeId).toBeUndefined()
  })

  it('refuses an author as assignee', () => {
    const assignee = { id: 'author-2', role: 'author' } as const
    const error = refusal(() => plan({ stage: 'draft', action: 'submit', actor: author, assignee }))
    expect(error).toMatchObject({ status: 400, code: 'ASSIGNEE_NOT_STAFF' })
  })

  it('lets an editor or admin reassign without changing the stage', () => {
    for (const actor of [editor, admin]) {
      const result = plan({ stage: 'published', action: 'assign', actor, assignee: anEditor })
      expect(result).toMatchObject({ from: 'published', to: 'published', assigneeId: 'editor-2' })
      expect(result.historyEntry).toMatchObject({
        action: 'assign',
        from: 'published',
        to: 'published',
      })
    }
  })

  it('clears the assignment with null', () => {
    expect(plan({ stage: 'draft', action: 'assign', assignee: null }).assigneeId).toBeNull()
  })

  it('requires an assignee for assign', () => {
    const error = refusal(() => plan({ stage: 'draft', action: 'assign' }))
    expect(error).toMatchObject({ status: 400, code: 'ASSIGNEE_REQUIRED' })
    const blank = refusal(() =>
      plan({ stage: 'draft', action: 'assign', assignee: { id: '', role: 'editor' } }),
    )
    expect(blank.code).toBe('ASSIGNEE_REQUIRED')
  })

  it('refuses reassigning an archived article or by an author', () => {
    expect(
      refusal(() => plan({ stage: 'archived', action: 'assign', assignee: anEditor })).status,
    ).toBe(409)
    const byAuthor = refusal(() =>
      plan({ stage: 'draft', action: 'assign', actor: author, assignee: anEditor }),
    )
    expect(byAuthor.status).toBe(403)
  })

  it('refuses an assignee on other actions', () => {
    const error = refusal(() => plan({ stage: 'in_review', action: 'approve', assignee: anEditor }))
    expect(error).toMatchObject({ status: 400, code: 'ASSIGNEE_NOT_ALLOWED' })
  })
})
