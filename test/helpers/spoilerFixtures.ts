import type { Payload } from 'payload'

import type { Scene } from '../../src/payload-types'
import type { Account } from './accounts'

type Id = number | string

export type SpoilerFixtures = {
  secretaryKim: { id: Id; slug: string }
  harborLight: { id: Id; slug: string }
  scenes: { officeKiss: Id; confession: Id; honestNight: Id }
}

export const SECRETARY_KIM = "What's Wrong with Secretary Kim"
export const HARBOR_LIGHT = 'The Harbor Light'

/** Lexical rich text: one paragraph per string, '## ' starts a heading. */
export function richText(...blocks: string[]) {
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const block = (type: string, value: string, extra: Record<string, unknown> = {}) => ({
    type,
    children: [text(value)],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    ...extra,
  })
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: blocks.map((value) =>
        value.startsWith('## ')
          ? block('heading', value.slice(3), { tag: 'h2' })
          : block('paragraph', value, { textFormat: 0, textStyle: '' }),
      ),
    },
  }
}

/**
 * Two dramas (one real, Secretary Kim with its cast and three scenes; one made up, The Harbor Light,
 * whose alias tests add later) written through the Local API.
 */
export async function createSpoilerFixtures(payload: Payload): Promise<SpoilerFixtures> {
  const person = async (name: string) =>
    (await payload.create({ collection: 'people', data: { name } })).id
  const parkSeoJoon = await person('Park Seo Joon')
  const parkMinYoung = await person('Park Min Young')
  const hanGaIn = await person('Han Ga In')
  const secretaryKim = await payload.create({
    collection: 'dramas',
    data: {
      title: SECRETARY_KIM,
      aliases: ['Secretary Kim', 'Why Secretary Kim'],
      episodes: 16,
      synopsis:
        'A self-absorbed vice chairman is thrown when the secretary who has run his life for nine years announces that she is quitting, and sets out to make her stay.',
      cast: [
        { person: parkSeoJoon, character: 'Lee Young Joon', billing: 'lead' },
        { person: parkMinYoung, character: 'Kim Mi So', billing: 'lead' },
      ],
    },
  })
  const harborLight = await payload.create({
    collection: 'dramas',
    data: {
      title: HARBOR_LIGHT,
      episodes: 12,
      synopsis: 'A marine biologist returns to her island hometown to run the family guesthouse.',
      cast: [{ person: hanGaIn, character: 'Seo Yeon Woo', billing: 'lead' }],
    },
  })
  const scene = async (title: string, episode: number, kind: Scene['kind']) =>
    (
      await payload.create({
        collection: 'scenes',
        data: {
          title,
          drama: secretaryKim.id,
          episode,
          kind,
          characters: ['Lee Young Joon', 'Kim Mi So'],
        },
      })
    ).id
  return {
    secretaryKim: { id: secretaryKim.id, slug: String(secretaryKim.slug) },
    harborLight: { id: harborLight.id, slug: String(harborLight.slug) },
    scenes: {
      officeKiss: await scene('The office kiss that went wrong', 5, 'kiss'),
      confession: await scene('Mi So confesses first', 8, 'confession'),
      honestNight: await scene('The night after the truth comes out', 12, 'kiss'),
    },
  }
}

/**
 * A Secretary Kim listicle: a premise-only intro, three scene-linked items (episodes 5, 8, 12),
 * one harmless item, and a body with a spoiler part under a heading and a harmless outro.
 */
export function secretaryKimListicle(fixtures: SpoilerFixtures, title: string) {
  return {
    title,
    format: 'listicle',
    intro: richText(
      "What's Wrong with Secretary Kim follows a vice chairman whose secretary of nine years announces she is quitting.",
    ),
    items: [
      {
        heading: 'A first try with a twist',
        scene: fixtures.scenes.officeKiss,
        body: richText(
          'Young Joon finally makes his move at the office, but a memory sends Mi So and her chair rolling across the room.',
        ),
      },
      {
        heading: 'She says it first',
        scene: fixtures.scenes.confession,
        body: richText('Mi So confesses and kisses him herself before his fears can stop them.'),
      },
      {
        heading: 'No more secrets',
        scene: fixtures.scenes.honestNight,
        body: richText(
          'With his past out in the open, Young Joon asks to be honest about his feelings, and they share their most intimate kiss yet.',
        ),
      },
      {
        heading: 'Where to watch',
        body: richText('All sixteen episodes are streaming on Viki with English subtitles.'),
      },
    ],
    body: richText(
      '## The kidnapping',
      'In episode 14 Young Joon learns that his brother lied about the kidnapping, and the real culprit is finally revealed.',
      '## Tell us',
      'Which moment is your favourite? Tell us in the comments.',
    ),
    dramas: [fixtures.secretaryKim.id],
  }
}

/** One stored `spoilerSections` row. */
export type TaggedRow = {
  key: string
  heading: string | null
  spoiler: boolean
  detected: boolean
  score: number
  drama: Id | null
  dramaTitle: string | null
  episode: number | null
  reasons: string[]
  override: string
}

/** An article as the tests read it back: its items and spoiler fields. */
export type TaggedArticle = {
  id: Id
  items: Array<{ id: string }>
  spoilerSections: TaggedRow[]
  spoilerSummary: { hasSpoilers: boolean; dramas: unknown[] }
  spoilerWarning: { mode: string; text: string; generated: string }
}

let titles = 0

/** Article writes as `account` makes them in the admin: drafts, with access enforced. */
export function articleWriter(payload: Payload, account: Account) {
  const options = { overrideAccess: false, depth: 0, draft: true, user: account.user } as const
  return {
    create: async (data: Record<string, unknown>): Promise<TaggedArticle> =>
      (await payload.create({
        collection: 'articles',
        data: { title: `Spoiler article ${++titles} ${Date.now()}`, ...data } as never,
        ...options,
      })) as unknown as TaggedArticle,
    update: async (id: Id, data: Record<string, unknown>): Promise<TaggedArticle> =>
      (await payload.update({
        collection: 'articles',
        id,
        data: data as never,
        ...options,
      })) as unknown as TaggedArticle,
  }
}

/** The row of section `key`; fails with the keys there are. */
export function sectionOf(article: TaggedArticle, key: string): TaggedRow {
  const found = article.spoilerSections.find((section) => section.key === key)
  if (!found) throw new Error(`no section ${key} in ${article.spoilerSections.map((s) => s.key)}`)
  return found
}

/** The section key of the article's `index`-th listicle item. */
export const itemKey = (article: TaggedArticle, index: number) => `item:${article.items[index].id}`
