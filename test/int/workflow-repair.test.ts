import type { Payload } from 'payload'

import { repairInterruptedHistory } from '../../src/workflowGlue/repairInterruptedHistory'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import { act, draftArticle, historyOf } from '../helpers/workflow'

// A server killed between a publish's article write and its history append (no transactions on
// SQLite) leaves a live article whose history stops at "approved": start-up records the step.
let payload: Payload
let accounts: Accounts

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
})

afterAll(async () => {
  await payload.destroy()
})

it('records the history entry a cut-short publish never wrote, once', async () => {
  const id = await draftArticle(payload, accounts.author)
  await act(payload, accounts.author, id, 'submit')
  await act(payload, accounts.editor, id, 'approve')
  await act(payload, accounts.editor, id, 'publish')
  const written = await historyOf(payload, id)
  // As if the process died before the append: the article is live, its last entry says approved.
  await payload.db.deleteOne({
    collection: 'workflow-events',
    where: { id: { equals: written[written.length - 1]!.id } },
  })
  expect((await historyOf(payload, id)).at(-1)).toMatchObject({ to: 'approved' })

  expect(await repairInterruptedHistory(payload)).toBe(1)
  const repaired = await historyOf(payload, id)
  expect(repaired.at(-1)).toMatchObject({ action: 'publish', from: 'approved', to: 'published' })
  expect(repaired.at(-1)!.note).toMatch(/cut short/)
  expect(await repairInterruptedHistory(payload)).toBe(0)
})
