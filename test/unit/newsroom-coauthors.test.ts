import { allowedActions, canReadWorkflow, checkAction, isOwner } from '../../src/workflow'
import type { Actor } from '../../src/workflow'

const author: Actor = { kind: 'user', id: '1', role: 'author' }
const coAuthor: Actor = { kind: 'user', id: '2', role: 'author' }
const stranger: Actor = { kind: 'user', id: '3', role: 'author' }
const editorCoAuthor: Actor = { kind: 'user', id: '4', role: 'editor' }
const article = { authorId: '1', coAuthorIds: ['2', '4'] }

describe('co-authors own the article', () => {
  it('counts the author and every co-author as owners, nobody else', () => {
    expect(isOwner(author, article)).toBe(true)
    expect(isOwner(coAuthor, article)).toBe(true)
    expect(isOwner(stranger, article)).toBe(false)
    expect(isOwner({ kind: 'system' }, article)).toBe(false)
    expect(isOwner(coAuthor, { authorId: '1' })).toBe(false)
  })

  it('lets a co-author submit and withdraw, and read the workflow', () => {
    expect(checkAction({ stage: 'draft', action: 'submit', actor: coAuthor, article })).toBeNull()
    expect(allowedActions({ stage: 'in_review', actor: coAuthor, article })).toContain('withdraw')
    expect(allowedActions({ stage: 'in_review', actor: stranger, article })).not.toContain(
      'withdraw',
    )
    expect(canReadWorkflow(coAuthor, article)).toBe(true)
    expect(canReadWorkflow(stranger, article)).toBe(false)
  })

  it('keeps the four-eyes rule for an editor who co-wrote the piece', () => {
    const refusal = checkAction({
      stage: 'in_review',
      action: 'approve',
      actor: editorCoAuthor,
      article,
    })
    expect(refusal?.code).toBe('SELF_APPROVAL')
  })
})
