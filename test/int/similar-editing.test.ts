import type { Payload } from 'payload'

import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SimilarCatalog, SpecName } from '../helpers/similarFixtures'
import {
  articleData,
  createSimilarCatalog,
  everyListedId,
  liveList,
  liveRows,
  publishNow,
} from '../helpers/similarFixtures'

type Id = number | string

let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
const ids: Partial<Record<SpecName, Id>> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  for (const name of [
    'qotKisses',
    'cloyKisses',
    'goblinRomance',
    'qotRatings',
    'goblinRatings',
  ] as const) {
    ids[name] = await publishNow(payload, accounts.editor.id, articleData(catalog, name))
  }
})

afterAll(async () => {
  await payload.destroy()
})

it('lists pinned articles first, in order, and never an excluded one', async () => {
  const id = await publishNow(payload, accounts.editor.id, {
    ...articleData(catalog, 'newQotRomance'),
    pinnedSimilar: [ids.goblinRatings!, ids.qotRatings!],
    excludedSimilar: [ids.qotKisses!],
  })
  const rows = await liveRows(payload, id)
  expect(rows.slice(0, 2).map((row) => [String(row.article), row.isPinned])).toEqual([
    [String(ids.goblinRatings), true],
    [String(ids.qotRatings), true],
  ])
  const listed = rows.map((row) => String(row.article))
  expect(listed).not.toContain(String(ids.qotKisses))
  expect(listed).toContain(String(ids.cloyKisses))
  expect(new Set(listed).size).toBe(listed.length)
  expect(rows.every((row) => typeof row.score === 'number')).toBe(true)
  ids.newQotRomance = id
})

it('shows a pin only while the pinned article is live', async () => {
  const draft = await payload.create({
    collection: 'articles',
    data: { ...articleData(catalog, 'cloyRatings'), author: accounts.editor.id },
    draft: true,
    depth: 0,
  })
  const id = await publishNow(payload, accounts.editor.id, {
    ...articleData(catalog, 'cloyKisses', ' (pinning)'),
    pinnedSimilar: [draft.id],
  })
  expect(await liveList(payload, id)).not.toContain(String(draft.id))
  expect(await everyListedId(payload)).not.toContain(String(draft.id))

  await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
  expect((await liveRows(payload, id))[0]).toMatchObject({ article: draft.id, isPinned: true })

  await payload.update({
    collection: 'articles',
    id: draft.id,
    data: { _status: 'draft' },
    draft: false,
  })
  expect(await liveList(payload, id)).not.toContain(String(draft.id))
})

it('refuses pins and exclusions from anyone but editors, with a message', async () => {
  const own = await payload.create({
    collection: 'articles',
    data: { title: 'An author draft about Goblin', format: 'news' },
    draft: true,
    user: accounts.author.user,
    overrideAccess: false,
    depth: 0,
  })
  for (const field of ['pinnedSimilar', 'excludedSimilar']) {
    await expect(
      payload.update({
        collection: 'articles',
        id: own.id,
        data: { [field]: [ids.qotKisses] },
        draft: true,
        user: accounts.author.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403, message: `Only editors can change ${field}.` })
  }
  const edited = await payload.update({
    collection: 'articles',
    id: own.id,
    data: { pinnedSimilar: [ids.qotKisses] },
    draft: true,
    user: accounts.editor.user,
    overrideAccess: false,
    depth: 0,
  })
  expect(edited.pinnedSimilar).toEqual([ids.qotKisses])
})

it('refuses a written similarArticles list, for every caller', async () => {
  const id = ids.qotRatings!
  for (const user of [accounts.editor.user, undefined]) {
    await expect(
      payload.update({
        collection: 'articles',
        id,
        data: { similarArticles: [{ article: ids.goblinRomance, score: 1 }] },
        ...(user ? { user, overrideAccess: false } : {}),
      }),
    ).rejects.toMatchObject({ status: 403 })
  }
  // Sending the current list back, as the admin form does, is fine.
  const rows = await liveRows(payload, id)
  await payload.update({ collection: 'articles', id, data: { similarArticles: rows } })
  expect((await liveRows(payload, id)).map((row) => row.article)).toEqual(
    rows.map((row) => row.article),
  )
})

it('refuses a pin of the article itself, or one both pinned and excluded', async () => {
  const id = ids.newQotRomance!
  await expect(
    payload.update({ collection: 'articles', id, data: { pinnedSimilar: [id] } }),
  ).rejects.toMatchObject({ status: 400 })
  await expect(
    payload.update({
      collection: 'articles',
      id,
      data: { pinnedSimilar: [ids.cloyKisses], excludedSimilar: [ids.cloyKisses] },
    }),
  ).rejects.toMatchObject({ status: 400 })
})

it('a republished article with new content moves to the lists it now belongs in', async () => {
  const id = await publishNow(
    payload,
    accounts.editor.id,
    articleData(catalog, 'goblinRomance', ' (v1)'),
  )
  expect(await liveList(payload, ids.cloyKisses!)).toContain(String(id))
  // The trusted Local API writes the live version directly: the same as publishing a revision.
  await payload.update({
    collection: 'articles',
    id,
    data: articleData(catalog, 'goblinRatings', ' (v2)'),
    depth: 0,
  })
  expect(await liveList(payload, ids.cloyKisses!)).not.toContain(String(id))
  expect(await liveList(payload, ids.goblinRatings!)).toContain(String(id))
  expect(await liveList(payload, id)).toContain(String(ids.goblinRatings))
})

it('a duplicate saved as a draft starts without a list but keeps the editor’s picks', async () => {
  const copy = await payload.duplicate({
    collection: 'articles',
    id: ids.newQotRomance!,
    draft: true,
    depth: 0,
  })
  expect(copy._status).toBe('draft')
  expect(copy.similarArticles ?? []).toEqual([])
  expect(copy.pinnedSimilar).toEqual([ids.goblinRatings, ids.qotRatings])
})
