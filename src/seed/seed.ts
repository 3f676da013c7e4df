import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../options'
import { DEFAULT_SEED_PASSWORD, readerAccounts, staffAccounts } from './data/accounts'
import { articles } from './data/articles'
import { dramas, people } from './data/dramas'
import { scenes } from './data/scenes'
import { richText } from './lexical'
import { upsert } from './upsert'

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

/** Writes the demo newsroom: people, dramas, scenes, staff, a reader and three listicles. Idempotent. */
export async function seed(payload: Payload, { log = () => {} }: SeedOptions = {}): Promise<void> {
  const { slugs } = getOptionsFromConfig(payload.config)
  const password = seedPassword()
  const total =
    people.length +
    dramas.length +
    scenes.length +
    staffAccounts.length +
    readerAccounts.length +
    articles.length
  let done = 0
  const step = (label: string) => log(`[${String(++done).padStart(2)}/${total}] ${label}`)

  const personIds = new Map<string, number | string>()
  for (const person of people) {
    const doc = await upsert(payload, slugs.people, { name: { equals: person.name } }, person)
    personIds.set(person.name, doc.id)
    step(`person ${person.name}`)
  }

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
  let authorId: number | string | undefined
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
    if (account.role === 'author') authorId = doc.id
    step(`staff ${account.email}`)
  }
  for (const account of readerAccounts) {
    await upsert(
      payload,
      slugs.readers,
      { email: { equals: account.email } },
      { ...account, password },
    )
    step(`reader ${account.email}`)
  }

  for (const article of articles) {
    await upsert(
      payload,
      slugs.articles,
      { slug: { equals: article.slug } },
      {
        title: article.title,
        slug: article.slug,
        format: article.format,
        excerpt: article.excerpt,
        author: authorId,
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
    step(`article ${article.title}`)
  }
}
