import { ACTIONS, allowedActions, planTransition, WorkflowError } from '../../src/workflow'
import type { Actor, Stage } from '../../src/workflow'

// The expected rules, written out independently of src/workflow/stages.ts so that a mistake in
// the module's table shows up here instead of being mirrored.
type Who = 'admin' | 'editor' | 'authorOwn' | 'authorOther' | 'system'
type Rule = { from: Stage[]; to: Stage | null; who: Who[] }

const ALL_STAGES: Stage[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
]

const EXPECTED: Record<string, Rule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    who: ['admin', 'editor', 'authorOwn'],
  },
  withdraw: { from: ['in_review'], to: 'draft', who: ['authorOwn'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', who: ['admin', 'editor'] },
  approve: { from: ['in_review'], to: 'approved', who: ['admin', 'editor'] },
  publish: { from: ['approved'], to: 'published', who: ['admin', 'editor'] },
  schedule: { from: ['approved'], to: 'scheduled', who: ['admin', 'editor'] },
  unschedule: { from: ['scheduled'], to: 'approved', who: ['admin', 'editor'] },
  unpublish: { from: ['published'], to: 'draft', who: ['admin', 'editor'] },
  archive: {
    from: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    to: 'archived',
    who: ['admin', 'editor'],
  },
  restore: { from: ['archived'], to: 'draft', who: ['admin', 'editor'] },
  assign: {
    from: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published'],
    to: null,
    who: ['admin', 'editor'],
  },
  scheduled_publish: { from: ['scheduled'], to: 'published', who: ['system'] },
}

const ARTICLE = { authorId: 'author-1' }
const ACTORS: Record<Who, Actor> = {
  admin: { kind: 'user', id: 'admin-1', role: 'admin' },
  editor: { kind: 'user', id: 'editor-1', role: 'editor' },
  authorOwn: { kind: 'user', id: 'author-1', role: 'author' },
  authorOther: { kind: 'user', id: 'author-2', role: 'author' },
  system: { kind: 'system' },
}

const NOW = new Date('2025-06-01T12:00:00.000Z')
const FUTURE = '2025-06-02T09:00:00.000Z'
const PAST = '2025-06-01T11:00:00.000Z'

/** Valid inputs for each action, so that only role and stage decide the outcome. */
function inputsFor(action: string) {
  return {
    note: 'Tighten the lede',
    publishAt: action === 'scheduled_publish' ? PAST : FUTURE,
    assignee:
      action === 'submit' || action === 'assign'
        ? ({ id: 'editor-2', role: 'editor' } as const)
        : undefined,
  }
}

function expectedOutcome(who: Who, stage: Stage, action: string): 'ok' | 403 | 409 {
  const rule = EXPECTED[action]
  if (!rule.who.includes(who)) return 403
  if (!rule.from.includes(stage)) return 409
  return 'ok'
}

const WHOS = Object.keys(ACTORS) as Who[]
const MATRIX = WHOS.flatMap((who) =>
  ALL_STAGES.flatMap((stage) =>
    Object.keys(EXPECTED).map((action) => ({
      who,
      stage,
      action,
      expected: expectedOutcome(who, stage, action),
    })),
  ),
)

describe('workflow: the expected table covers the module', () => {
  it('lists exactly the module actions', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it('has every role × stage × action combination', () => {
    expect(MATRIX).toHaveLength(5 * 7 * 12)
  })
})

describe('workflow: planTransition role × stage × action matrix', () => {
  it.each(MATRIX)('$who $action from $stage → $expected', ({ who, stage, action, expected }) => {
    const run = () =>
      planTransition({
        stage,
        action,
        actor: ACTORS[who],
        article: ARTICLE,
        now: NOW,
        ...inputsFor(action),
      })
    if (expected === 'ok') {
      const plan = run()
      expect(plan.from).toBe(stage)
      expect(plan.to).toBe(EXPECTED[action].to ?? stage)
      expect(plan.action).toBe(action)
      return
    }
    let caught: unknown
    try {
      run()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(WorkflowError)
    expect((caught as WorkflowError).status).toBe(expected)
  })
})

describe('workflow: allowedActions for each role and stage', () => {
  const cases = WHOS.flatMap((who) => ALL_STAGES.map((stage) => ({ who, stage })))

  it.each(cases)('$who at $stage', ({ who, stage }) => {
    const expected = Object.keys(EXPECTED).filter(
      (action) => expectedOutcome(who, stage, action) === 'ok',
    )
    const actual = allowedActions({ stage, actor: ACTORS[who], article: ARTICLE })
    expect([...actual].sort()).toEqual(expected.sort())
  })

  it('keeps ACTIONS order for stable buttons', () => {
    const actual = allowedActions({ stage: 'in_review', actor: ACTORS.admin, article: ARTICLE })
    expect(actual).toEqual(['request_changes', 'approve', 'archive', 'assign'])
  })

  it('hides approve from an editor on their own article but not from an admin', () => {
    const own = { authorId: 'editor-1' }
    expect(
      allowedActions({ stage: 'in_review', actor: ACTORS.editor, article: own }),
    ).not.toContain('approve')
    const adminOwn = { authorId: 'admin-1' }
    expect(
      allowedActions({ stage: 'in_review', actor: ACTORS.admin, article: adminOwn }),
    ).toContain('approve')
  })

  it('offers withdraw to an editor who wrote the article', () => {
    const own = { authorId: 'editor-1' }
    expect(allowedActions({ stage: 'in_review', actor: ACTORS.editor, article: own })).toContain(
      'withdraw',
    )
  })

  it('treats an article with no author as nobody’s own', () => {
    const orphan = { authorId: null }
    expect(allowedActions({ stage: 'draft', actor: ACTORS.authorOwn, article: orphan })).toEqual([])
  })
})
