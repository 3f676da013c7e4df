import type { Payload } from 'payload'

let payload: Payload

beforeAll(async () => {
  // The demo config reads this when it is first imported, so set it before the dynamic import.
  process.env.SHOWRUNNER_ENABLED = 'false'
  const { getTestPayload } = await import('../helpers/payload')
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

it('with enabled: false a stored similar list is read back as ids, not populated', async () => {
  const author = await payload.create({
    collection: 'authors',
    data: {
      email: 'lists-off@test.showrunner',
      password: 'pw-12345678',
      name: 'Off',
      handle: 'off',
    },
  })
  const create = (title: string) =>
    payload.create({
      collection: 'articles',
      data: { title, format: 'news', author: author.id, _status: 'published' },
      depth: 0,
    })
  const [first, second] = [await create('First'), await create('Second')]
  // Written as the engine writes lists (the engine itself is off).
  await payload.db.updateOne({
    collection: 'articles',
    id: first.id,
    data: { similarArticles: [{ article: second.id, score: 0.5, isPinned: false }] },
    returning: false,
  })
  for (const depth of [0, 1, 2]) {
    const read = await payload.findByID({ collection: 'articles', id: first.id, depth })
    expect(read.similarArticles).toEqual([{ article: second.id, score: 0.5, isPinned: false }])
  }
})
