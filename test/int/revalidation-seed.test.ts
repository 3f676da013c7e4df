import type { Payload } from 'payload'

import { REVALIDATION_EVENTS } from '../../src/revalidation/events'
import { seed } from '../../src/seed/seed'
import { getTestPayload } from '../helpers/payload'
import { registerWebhook } from '../helpers/webhookReceiver'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  // Nobody listens there: only what is queued matters.
  registerWebhook(payload, {
    url: 'http://127.0.0.1:9/seed',
    secret: 's',
    events: [...REVALIDATION_EVENTS],
  })
})

afterAll(async () => {
  await payload.destroy()
})

const queuedEvents = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'showrunnerWebhook' } },
    })
  ).totalDocs

it('queues no revalidation event for the demo seed, and does for the same kind of write after', async () => {
  await seed(payload)
  expect((await payload.count({ collection: 'articles' })).totalDocs).toBeGreaterThan(0)
  expect((await payload.count({ collection: 'dramas' })).totalDocs).toBeGreaterThan(0)
  expect(await queuedEvents()).toBe(0)

  const { docs } = await payload.find({ collection: 'dramas', limit: 1, depth: 0 })
  await payload.update({ collection: 'dramas', id: docs[0]!.id, data: { network: 'tvN' } })
  expect(await queuedEvents()).toBe(1)
})
