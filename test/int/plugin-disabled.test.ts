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

it('with enabled: false the schema stays but derived fields are not filled', async () => {
  const drama = await payload.create({
    collection: 'dramas',
    data: { title: 'Hwarang', episodes: 20 },
  })
  const scene = await payload.create({
    collection: 'scenes',
    data: { title: 'A promise', drama: drama.id, episode: 3 },
  })
  const author = await payload.create({
    collection: 'authors',
    data: { email: 'off@test.showrunner', password: 'pw-1234567890', name: 'Off', handle: 'off' },
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      title: 'Off',
      format: 'listicle',
      author: author.id,
      items: [{ heading: 'One', scene: scene.id }],
    },
    depth: 0,
  })
  expect(article.items?.[0]?.scene).toBe(scene.id)
  expect(article.dramas ?? []).toEqual([])
})

it('with enabled: false access rules still apply', async () => {
  await expect(
    payload.create({
      collection: 'articles',
      data: { title: 'Anonymous write', format: 'news' },
      overrideAccess: false,
    }),
  ).rejects.toMatchObject({ status: 403 })
})
