import { canEdit, STAGES } from '../../src/workflow'
import type { Actor, Stage } from '../../src/workflow'

const admin: Actor = { kind: 'user', id: 'admin-1', role: 'admin' }
const editor: Actor = { kind: 'user', id: 'editor-1', role: 'editor' }
const author: Actor = { kind: 'user', id: 'author-1', role: 'author' }
const otherAuthor: Actor = { kind: 'user', id: 'author-2', role: 'author' }
const article = { authorId: 'author-1' }

// Written out here rather than read from the module, so a wrong message or stage shows up.
const LOCKED: [Stage, string][] = [
  ['in_review', 'This article is in review — withdraw it first to edit it'],
  ['approved', 'This article is approved — ask an editor to change it'],
  ['scheduled', 'This article is scheduled — ask an editor to unschedule it before editing'],
  ['published', 'This article is published — ask an editor to unpublish it to make changes'],
  ['archived', 'This article is archived — ask an editor to restore it first'],
]

describe('canEdit', () => {
  it.each(STAGES)('lets editors and admins edit at %s', (stage) => {
    expect(canEdit({ stage, actor: editor, article })).toEqual({ ok: true })
    expect(canEdit({ stage, actor: admin, article })).toEqual({ ok: true })
  })

  it.each(['draft', 'changes_requested'] as const)('lets the author edit at %s', (stage) => {
    expect(canEdit({ stage, actor: author, article })).toEqual({ ok: true })
  })

  it.each(LOCKED)('refuses the author at %s with a 409 saying why', (stage, message) => {
    const result = canEdit({ stage, actor: author, article })
    if (result.ok) throw new Error('expected a refusal')
    expect(result.error).toMatchObject({ status: 409, code: 'NOT_EDITABLE', message })
  })

  it('covers every stage between the editable and the locked lists', () => {
    expect([...STAGES].sort()).toEqual(
      ['draft', 'changes_requested', ...LOCKED.map(([stage]) => stage)].sort(),
    )
  })

  it.each(STAGES)('refuses another author’s article at %s with a 403', (stage) => {
    const result = canEdit({ stage, actor: otherAuthor, article })
    if (result.ok) throw new Error('expected a refusal')
    expect(result.error).toMatchObject({ status: 403, code: 'NOT_OWN_ARTICLE' })
  })

  it('refuses an author on an article with no author', () => {
    const result = canEdit({ stage: 'draft', actor: author, article: { authorId: null } })
    expect(result.ok).toBe(false)
  })

  it('never blocks the system actor', () => {
    expect(canEdit({ stage: 'published', actor: { kind: 'system' }, article })).toEqual({
      ok: true,
    })
  })
})
