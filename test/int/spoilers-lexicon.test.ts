import type { Payload } from 'payload'

import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SpoilerFixtures } from '../helpers/spoilerFixtures'
import {
  articleWriter,
  createSpoilerFixtures,
  HARBOR_LIGHT,
  itemKey,
  richText,
  sectionOf as row,
} from '../helpers/spoilerFixtures'

let payload: Payload
let accounts: Accounts
let fixtures: SpoilerFixtures

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  fixtures = await createSpoilerFixtures(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const createArticle = (data: Record<string, unknown>) =>
  articleWriter(payload, accounts.editor).create(data)
const updateArticle = (id: number | string, data: Record<string, unknown>) =>
  articleWriter(payload, accounts.editor).update(id, data)

describe('the drama lexicon', () => {
  const aliasText = (alias: string) =>
    richText(`In episode 9 of ${alias}, the two leads finally kiss on the pier after the storm.`)

  it('picks up an alias added to a drama', async () => {
    const created = await createArticle({
      format: 'listicle',
      items: [{ heading: 'The pier', body: aliasText('Tidewater Promise') }],
    })
    expect(row(created, itemKey(created, 0))).toMatchObject({ spoiler: true, drama: null })

    await payload.update({
      collection: 'dramas',
      id: fixtures.harborLight.id,
      data: { aliases: ['Tidewater Promise'] },
    })
    const retagged = await updateArticle(created.id, { title: 'The pier, retagged' })
    expect(row(retagged, itemKey(retagged, 0))).toMatchObject({
      spoiler: true,
      drama: fixtures.harborLight.id,
      dramaTitle: HARBOR_LIGHT,
      episode: 9,
    })
  })

  it('picks up an alias written by another server process (no hook ran here)', async () => {
    // Loads the lexicon in this process first.
    const created = await createArticle({
      format: 'listicle',
      items: [{ heading: 'The bay', body: aliasText('Lantern Bay') }],
    })
    expect(row(created, itemKey(created, 0)).drama).toBeNull()

    // Another process's write: this process's drama hooks do not run for it.
    const hooks = payload.collections.dramas.config.hooks
    const afterChange = hooks.afterChange
    hooks.afterChange = []
    try {
      await payload.update({
        collection: 'dramas',
        id: fixtures.harborLight.id,
        data: { aliases: ['Tidewater Promise', 'Lantern Bay'] },
      })
    } finally {
      hooks.afterChange = afterChange
    }
    const retagged = await updateArticle(created.id, { title: 'The bay, retagged' })
    expect(row(retagged, itemKey(retagged, 0))).toMatchObject({
      drama: fixtures.harborLight.id,
      episode: 9,
    })
  })
})
