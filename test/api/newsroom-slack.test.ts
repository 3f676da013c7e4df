import type { Payload } from 'payload'

import { verifyWebhookSignature } from '../../src/notifications/webhookSignature'
import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import type { WebhookReceiver } from '../helpers/webhookReceiver'
import { registerWebhook, startWebhookReceiver } from '../helpers/webhookReceiver'
import { draftArticle, runWorkflowJobsUntilDone } from '../helpers/workflow'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

const SECRET = 'slack-channel-secret'

let server: RunningServer
let payload: Payload
let accounts: Accounts
let slack: WebhookReceiver
let json: WebhookReceiver

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  slack = await startWebhookReceiver()
  json = await startWebhookReceiver()
  registerWebhook(payload, { url: slack.url, secret: SECRET, format: 'slack' })
  registerWebhook(payload, { url: json.url, secret: SECRET })
})

afterAll(async () => {
  await slack?.close()
  await json?.close()
  await server.close()
})

it('the newsroom channel hears a submission, an approval and a publish as Slack messages', async () => {
  const anonymous = new ApiClient(server.url)
  const author = await anonymous.as(accounts.author)
  const editor = await anonymous.as(accounts.editor)
  const admin = await anonymous.as(accounts.admin)
  const id = await draftArticle(payload, accounts.author, 'Queen of Tears, the finale explained')
  for (const [client, body] of [
    [author, { action: 'submit', note: 'Ready for the desk' }],
    [editor, { action: 'approve' }],
    [admin, { action: 'publish' }],
  ] as const) {
    const res = await client.post(`/api/articles/${id}/workflow`, body)
    expect(res.status).toBe(200)
  }
  await runWorkflowJobsUntilDone(payload)

  // The queue runs jobs in parallel and retries failures, so deliveries carry no order guarantee.
  const messages = slack.deliveries.map((delivery) => JSON.parse(delivery.body))
  expect(messages.map((message) => message.text).sort()).toEqual([
    'Queen of Tears, the finale explained was approved by Test editor.',
    'Queen of Tears, the finale explained was published by Test admin.',
    'Queen of Tears, the finale explained was submitted for review by Test author.',
  ])
  for (const message of messages) {
    expect(Object.keys(message).sort()).toEqual(['blocks', 'text'])
    expect(message.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } })
  }
  const submitted = messages.find((message) => message.text.includes('submitted for review'))
  expect(submitted.blocks[0].text.text).toContain('> Ready for the desk')
  // Signed like every delivery, so a relay in front of Slack can check it.
  for (const delivery of slack.deliveries) {
    const timestamp = Number(delivery.headers['x-showrunner-timestamp'])
    const signature = String(delivery.headers['x-showrunner-signature'])
    expect(verifyWebhookSignature(SECRET, timestamp, delivery.body, signature)).toBe(true)
  }
  // The JSON receiver still gets Showrunner's own events.
  const events = json.deliveries.map((delivery) => JSON.parse(delivery.body))
  expect(events.some((event) => event.type === 'article.published')).toBe(true)
  expect(events.every((event) => !('blocks' in event))).toBe(true)
})
