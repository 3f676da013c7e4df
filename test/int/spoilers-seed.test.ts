import type { Payload } from 'payload'

import { seed } from '../../src/seed/seed'
import { getTestPayload } from '../helpers/payload'

type Row = { key: string; heading: string | null; spoiler: boolean; episode: number | null }
type Article = {
  spoilerSections: Row[]
  spoilerSummary: { hasSpoilers: boolean; dramas: Array<{ title: string; episode: number | null }> }
  spoilerWarning: { mode: string; text: string }
}

const SECRETARY_KIM = "What's Wrong with Secretary Kim"
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  // The demo seed writes through the Local API, so its articles pass the tagging hook.
  await seed(payload)
})

afterAll(async () => {
  await payload.destroy()
})

async function seeded(slug: string): Promise<Article> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
  })
  return docs[0] as unknown as Article
}

const items = (article: Article) => article.spoilerSections.filter((s) => s.key.startsWith('item:'))
const nonItems = (article: Article) =>
  article.spoilerSections.filter((s) => !s.key.startsWith('item:'))

it('flags the Secretary Kim listicle item by item, episodes 5, 8, 9 and 12', async () => {
  const article = await seeded('secretary-kim-four-kiss-scenes')
  expect(items(article).map((s) => [s.spoiler, s.episode])).toEqual([
    [true, 5],
    [true, 8],
    [true, 9],
    [true, 12],
  ])
  // The ratings intro and the production/schedule outro are not spoilers.
  expect(nonItems(article).map((s) => [s.key, s.spoiler])).toEqual([
    ['intro', false],
    ['body:0', false],
  ])
  expect(article.spoilerWarning).toEqual(
    expect.objectContaining({
      mode: 'auto',
      text: `Warning: spoilers below for ${SECRETARY_KIM} up to episode 12`,
    }),
  )
})

it('flags every scene of the Park Seo Joon list with the episode of its linked scene', async () => {
  const article = await seeded('park-seo-joon-kiss-scenes-that-stole-the-show')
  expect(items(article).map((s) => [s.spoiler, s.episode])).toEqual(
    [1, 12, 13, 14, 15, 8, 10].map((episode) => [true, episode]),
  )
  expect(nonItems(article).some((s) => s.spoiler)).toBe(false)
  expect(article.spoilerSummary.dramas).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ title: "A Witch's Romance", episode: 12 }),
      expect.objectContaining({ title: 'She Was Pretty', episode: 15 }),
      expect.objectContaining({ title: 'Fight for My Way', episode: 10 }),
    ]),
  )
})

it("takes the career list's episodes from its scenes, one per drama", async () => {
  const article = await seeded('park-seo-joon-most-memorable-on-screen-kisses')
  expect(nonItems(article).map((s) => s.spoiler)).toEqual([false])
  expect(items(article).filter((s) => s.spoiler).length).toBeGreaterThanOrEqual(5)
  expect(items(article).map((s) => s.episode)).toEqual([10, 15, 2, 8, 12, 6])
  expect(article.spoilerSummary.hasSpoilers).toBe(true)
})

it('never invents an episode for an item linked only to a drama', async () => {
  const article = await seeded('five-kim-ji-won-roles-worth-a-rewatch')
  expect(items(article)).toHaveLength(2)
  expect(items(article).map((s) => s.episode)).toEqual([null, null])
})
