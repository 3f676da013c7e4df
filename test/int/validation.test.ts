import type { Payload } from 'payload'

import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let accounts: Accounts
let dramaId: number | string

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  const person = await payload.create({ collection: 'people', data: { name: 'Park Seo Joon' } })
  const drama = await payload.create({
    collection: 'dramas',
    data: {
      title: "What's Wrong with Secretary Kim",
      episodes: 16,
      cast: [{ person: person.id, character: 'Lee Young Joon', billing: 'lead' }],
    },
  })
  dramaId = drama.id
})

afterAll(async () => {
  await payload.destroy()
})

describe('scene validation', () => {
  it('refuses an episode beyond the drama, naming the limit, and writes nothing', async () => {
    const before = await payload.count({ collection: 'scenes' })
    await expect(
      payload.create({
        collection: 'scenes',
        data: { title: 'Too late', drama: dramaId, episode: 17 },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('16 episodes') })
    expect((await payload.count({ collection: 'scenes' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses characters who are not in the cast', async () => {
    await expect(
      payload.create({
        collection: 'scenes',
        data: { title: 'Stranger', drama: dramaId, episode: 2, characters: ['Nobody Here'] },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Nobody Here') })
  })

  it('accepts a scene that fits its drama', async () => {
    const scene = await payload.create({
      collection: 'scenes',
      data: {
        title: 'Office',
        drama: dramaId,
        episode: 5,
        kind: 'kiss',
        characters: ['Lee Young Joon'],
      },
    })
    expect(scene.episode).toBe(5)
  })
})

describe('unknown fields', () => {
  it('are refused with their names', async () => {
    await expect(
      payload.create({
        collection: 'dramas',
        data: { title: 'X', episodes: 3, titel: 'typo' } as never,
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("'titel'") })
  })

  it('inside array rows are refused with their path', async () => {
    await expect(
      payload.update({
        collection: 'dramas',
        id: dramaId,
        data: { whereToWatch: [{ platform: 'Viki', url: 'https://viki.com', price: 3 }] } as never,
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('whereToWatch.0.price'),
    })
  })
})

describe('articles', () => {
  it('default the author to the creating staff member', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Mine', format: 'news' },
      user: accounts.author.user,
      overrideAccess: false,
      depth: 0,
    })
    expect(article.author).toBe(accounts.author.id)
  })

  it('fill dramas and people from the scenes of their items', async () => {
    const scene = await payload.create({
      collection: 'scenes',
      data: {
        title: 'Kiss',
        drama: dramaId,
        episode: 8,
        kind: 'kiss',
        characters: ['Lee Young Joon'],
      },
    })
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'List', format: 'listicle', items: [{ heading: 'One', scene: scene.id }] },
      user: accounts.editor.user,
      overrideAccess: false,
      depth: 0,
    })
    expect(article.dramas).toEqual([dramaId])
    expect(article.people).toHaveLength(1)
  })
})
