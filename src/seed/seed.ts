import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../options'
import { DEFAULT_SEED_PASSWORD, readerAccounts, staffAccounts } from './data/accounts'
import { articles } from './data/articles'
import { dramas as firstDramas, people as firstPeople } from './data/dramas'
import { moreDramas, morePeople } from './data/moreDramas'
import { scenes } from './data/scenes'
import { seedCommunity } from './community'
import { seedHeroImages } from './heroImages'
import { richText } from './lexical'
import { desk, deskSlug, seedNewsroom } from './newsroom'
import { upsert } from './upsert'

const people = [...firstPeople, ...morePeople]
const dramas = [...firstDramas, ...moreDramas]
type Id = number | string
type User = Record<string, unknown> & { id: Id; collection: string }

export type SeedOptions = { log?: (line: string) => void }

/** The demo password: SEED_PASSWORD, or the documented default outside production. */
export function seedPassword(): string {
  const password = process.env.SEED_PASSWORD
  if (password) return password
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Set SEED_PASSWORD: the default demo password is refused in production.')
  }
  return DEFAULT_SEED_PASSWORD
}

/**
 * Writes the demo newsroom: people, dramas, scenes, staff, readers with saved progress, the three
 * seed listicles, a desk of articles in every workflow stage, and reader comments and reactions.
 * Idempotent: the catalogue and listicles are put back to their seeded state, the rest is kept.
 */
export async function seed(payload: Payload, { log = () => {} }: SeedOptions = {}): Promise<void> {
  const { slugs } = getOptionsFromConfig(payload.config)
  const password = seedPassword()
  const total =
    people.length +
    dramas.length +
    scenes.length +
    staffAccounts.length +
    readerAccounts.length +
    articles.length +
    desk.length +
    3
  let done = 0
  const step = (label: string) => log(`[${String(++done).padStart(2)}/${total}] ${label}`)

  const personIds = new Map<string, number | string>()
  for (const person of people) {
    const doc = await upsert(payload, slugs.people, { name: { equals: person.name } }, person)
    personIds.set(person.name, doc.id)
    step(`person ${person.name}`)
  }

  const heroIds = await seedHeroImages(
    payload,
    slugs,
    dramas.map((drama) => drama.title),
  )
  step(`${heroIds.size} hero images`)

  const dramaIds = new Map<string, number | string>()
  for (const { cast, directors, ...drama } of dramas) {
    const doc = await upsert(
      payload,
      slugs.dramas,
      { title: { equals: drama.title } },
      {
        ...drama,
        cast: cast.map((member) => ({ ...member, person: personIds.get(member.person) })),
        directors: (directors ?? []).map((name) => personIds.get(name)),
        poster: heroIds.get(drama.title),
      },
    )
    dramaIds.set(drama.title, doc.id)
    step(`drama ${drama.title}`)
  }

  const sceneIds = new Map<string, number | string>()
  for (const { key, drama, ...scene } of scenes) {
    const doc = await upsert(
      payload,
      slugs.scenes,
      { title: { equals: scene.title } },
      {
        ...scene,
        drama: dramaIds.get(drama),
      },
    )
    sceneIds.set(key, doc.id)
    step(`scene ${scene.title}`)
  }

  const dramaRefs = (titles: readonly string[]) => titles.map((title) => dramaIds.get(title))
  const staff: Record<string, User> = {}
  for (const account of staffAccounts) {
    const { currentlyWatching, lookingForwardTo, favourites, ...rest } = {
      currentlyWatching: [],
      lookingForwardTo: [],
      favourites: [],
      ...account,
    }
    const doc = await upsert(
      payload,
      slugs.authors,
      { email: { equals: account.email } },
      {
        ...rest,
        password,
        currentlyWatching: dramaRefs(currentlyWatching),
        lookingForwardTo: dramaRefs(lookingForwardTo),
        favourites: dramaRefs(favourites),
      },
    )
    staff[account.email.split('@')[0]] = { ...doc, collection: slugs.authors }
    step(`staff ${account.email}`)
  }
  const authorId = staff.author.id
  const readers: User[] = []
  for (const { watched, ...account } of readerAccounts) {
    const doc = await upsert(
      payload,
      slugs.readers,
      { email: { equals: account.email } },
      {
        ...account,
        password,
        watched: Object.entries(watched).map(([title, episode]) => ({
          drama: dramaIds.get(title),
          episode,
        })),
      },
    )
    readers.push({ ...doc, collection: slugs.readers })
    step(`reader ${account.email}`)
  }

  const articleIds = new Map<string, Id>()
  for (const article of articles) {
    const doc = await upsert(
      payload,
      slugs.articles,
      { slug: { equals: article.slug } },
      {
        title: article.title,
        slug: article.slug,
        format: article.format,
        excerpt: article.excerpt,
        author: authorId,
        heroImage: heroIds.get(article.dramas[0]!),
        intro: richText(...article.intro),
        items: article.items.map((item) => ({
          heading: item.heading,
          scene: item.scene ? sceneIds.get(item.scene) : undefined,
          drama: item.drama ? dramaIds.get(item.drama) : undefined,
          body: richText(...item.body),
          watchNow: item.watchNow ?? false,
        })),
        body: article.outro ? richText(...article.outro) : undefined,
        dramas: dramaRefs(article.dramas),
        tags: article.tags,
        _status: 'published',
      },
    )
    articleIds.set(article.slug, doc.id)
    step(`article ${article.title}`)
  }

  await seedNewsroom(
    payload,
    {
      slugs,
      staff: { author: staff.author, author2: staff.author2, editor: staff.editor },
      dramaIds,
      personIds,
      sceneIds,
      heroIds,
    },
    step,
  )
  for (const article of desk) {
    const { docs } = await payload.find({
      collection: slugs.articles,
      where: { slug: { equals: deskSlug(article) } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) articleIds.set(deskSlug(article), docs[0].id)
  }
  await seedCommunity(payload, { slugs, readers, moderator: staff.editor, articleIds }, step)
}
