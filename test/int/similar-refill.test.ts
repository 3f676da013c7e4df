import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../../src/options'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SimilarCatalog } from '../helpers/similarFixtures'
import {
  articleData,
  createSimilarCatalog,
  everyListedId,
  liveList,
  publishNow,
} from '../helpers/similarFixtures'

type Id = number | string

let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
let target: Id

const unpublish = (id: Id | string) =>
  payload.update({ collection: 'articles', id, data: { _status: 'draft' }, draft: false })

const liveIds = async () =>
  new Set(
    (
      await payload.find({
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        pagination: false,
        depth: 0,
      })
    ).docs.map((doc) => String(doc.id)),
  )

beforeAll(async () => {
  payload = await getTestPayload()
  // Short lists, so that a handful of related articles overflows them.
  getOptionsFromConfig(payload.config).similarArticles = { size: 2 }
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  target = await publishNow(payload, accounts.editor.id, articleData(catalog, 'qotKisses'))
  const names = ['newQotRomance', 'cloyKisses', 'goblinRomance'] as const
  for (const [i, name] of names.entries()) {
    await publishNow(payload, accounts.editor.id, articleData(catalog, name))
    await publishNow(payload, accounts.editor.id, articleData(catalog, name, ` (take ${i + 2})`))
  }
  // One more romance piece: the engine no longer lists a same-drama ratings brief under a kiss
  // listicle at all, so the refills below need related articles of the same kind to draw on.
  await publishNow(payload, accounts.editor.id, articleData(catalog, 'cloyKisses', ' (take 5)'))
  await publishNow(payload, accounts.editor.id, articleData(catalog, 'qotRatings'))
})

afterAll(async () => {
  await payload.destroy()
})

it('keeps lists at their size as related articles keep coming', async () => {
  expect(await liveList(payload, target)).toHaveLength(2)
})

it('refills a list when a listed article is unpublished', async () => {
  const [first, second] = await liveList(payload, target)
  await unpublish(first!)
  const shown = await liveList(payload, target)
  expect(shown).toHaveLength(2)
  expect(shown[0]).toBe(second)
  expect(shown).not.toContain(first)
  expect(await everyListedId(payload)).not.toContain(first)
})

it('refills again and again, always with live articles', async () => {
  for (let round = 0; round < 3; round++) {
    const [first] = await liveList(payload, target)
    await unpublish(first!)
    const shown = await liveList(payload, target)
    expect(shown).toHaveLength(2)
    expect(shown).not.toContain(first)
  }
  const live = await liveIds()
  for (const id of await everyListedId(payload)) expect(live).toContain(id)
})

it('deleting a listed article refills the lists too', async () => {
  const [first, second] = await liveList(payload, target)
  await payload.delete({ collection: 'articles', id: first! })
  const shown = await liveList(payload, target)
  expect(shown[0]).toBe(second)
  expect(shown).toHaveLength(2)
  expect(await everyListedId(payload)).not.toContain(first)
})
