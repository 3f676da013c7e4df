import type { Payload } from 'payload'

import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'

let payload: Payload
let accounts: Accounts

beforeAll(async () => {
  // The demo config reads this when it is first imported, so set it before the dynamic import.
  process.env.SHOWRUNNER_ENABLED = 'false'
  const { getTestPayload } = await import('../helpers/payload')
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
})

afterAll(async () => {
  await payload.destroy()
})

it('with the workflow switched off, publishing is plain Payload again and nothing is recorded', async () => {
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Off the books', format: 'news', _status: 'published' },
    user: accounts.editor.user,
    overrideAccess: false,
    depth: 0,
  })
  expect(article._status).toBe('published')
  const { totalDocs } = await payload.count({ collection: 'workflow-events' })
  expect(totalDocs).toBe(0)
  const endpoint = payload.collections.articles.config.endpoints || []
  const handler = endpoint.find((each) => each.path === '/:id/workflow' && each.method === 'get')
  await expect(
    handler!.handler({ payload, routeParams: { id: String(article.id) } } as never),
  ).rejects.toMatchObject({ status: 404 })
})
