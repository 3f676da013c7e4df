// Shared by the reader-facing spoiler suites (`test/api/spoilers-reader-*.test.ts`): one server each,
// with Secretary Kim's scenes, two listicles, a guide pinning them and an article with a safe item.
import type { RunningServer } from '../../src/server'
import type { Accounts } from './accounts'
import { createAccounts } from './accounts'
import { ApiClient } from './http'
import { startTestServer } from './server'
import type { SpoilerFixtures } from './spoilerFixtures'
import { runSimilarJobs } from './similarFixtures'
import { createSpoilerFixtures, richText, secretaryKimListicle } from './spoilerFixtures'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

export type Id = number | string
export type Scene = { id: Id; title: string; description: string | null; withheld?: boolean | null }
export type Row = { key: string; withheld?: boolean | null }
export type Similar = { article: { id: Id; title: string } }

export let server: RunningServer
export let accounts: Accounts
export let fixtures: SpoilerFixtures
export let anonymous: ApiClient
export let reader: ApiClient
export let editor: ApiClient
/** The listicle: spoilers up to episode 14 (items at 5, 8 and 12, a body part at 14). */
export let listicle: Id
/** A second listicle with the same spoilers. */
export let rerun: Id
/** A premise-only piece pinning both listicles as similar. */
export let guide: Id
/** A piece whose one item shows the episode-12 scene, marked safe by the editor. */
export let safeItemArticle: Id

// What the scenes' descriptions tell: episode 12's may not reach a reader who stopped at 8.
export const EPISODE_12_SCENE = 'After the kidnapping truth comes out they spend the night together'
export const EPISODE_8_SCENE = 'Mi So walks up to him in the hallway and confesses'
export const PRIVATE = 'private, no-store'

export const sk = () => fixtures.secretaryKim
export const scenes = () => fixtures.scenes
const publish = async (data: Record<string, unknown>) =>
  (
    await server.payload.create({
      collection: 'articles',
      data: { ...data, author: accounts.editor.id, _status: 'published' } as never,
      depth: 0,
    })
  ).id

/** Starts the server and publishes the articles every reader-facing suite reads. */
export function useReaderFacingWorld(): void {
  beforeAll(async () => {
    server = await startTestServer()
    accounts = await createAccounts(server.payload)
    fixtures = await createSpoilerFixtures(server.payload)
    for (const [id, description] of [
      [scenes().honestNight, EPISODE_12_SCENE],
      [scenes().confession, EPISODE_8_SCENE],
    ] as const) {
      await server.payload.update({ collection: 'scenes', id, data: { description } })
    }
    listicle = await publish(secretaryKimListicle(fixtures, 'Secretary Kim, four moments'))
    rerun = await publish(secretaryKimListicle(fixtures, 'Secretary Kim, the moments again'))
    guide = await publish({
      title: 'Why Secretary Kim is the office romance to start with',
      format: 'feature',
      intro: richText(
        "What's Wrong with Secretary Kim follows a vice chairman whose secretary of nine years announces she is quitting.",
      ),
      body: richText('All sixteen episodes are streaming with English subtitles.'),
      dramas: [sk().id],
      pinnedSimilar: [listicle, rerun],
    })
    safeItemArticle = await publish({
      title: 'Secretary Kim in pictures',
      format: 'listicle',
      intro: richText('Stills from the set of the office romance.'),
      items: [
        {
          id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
          heading: 'A still',
          scene: scenes().honestNight,
          body: richText('The lighting team worked all night.'),
        },
      ],
      spoilerSections: [{ key: 'item:aaaaaaaaaaaaaaaaaaaaaaaa', override: 'safe' }],
      dramas: [sk().id],
    })
    // The peer jobs file each article and fill the lists of those published before it.
    await runSimilarJobs(server.payload)
    anonymous = new ApiClient(server.url)
    reader = await anonymous.as(accounts.reader)
    editor = await anonymous.as(accounts.editor)
  })

  afterAll(async () => {
    await server.close()
  })
}

export const ok = <T>(res: {
  status: number
  body: T & { errors?: Array<{ message: string }> }
}) => {
  expect({ status: res.status, error: res.body?.errors?.[0]?.message }).toEqual({
    status: 200,
    error: undefined,
  })
  return res.body
}
export const setProgress = async (episode: number | null) => {
  const res = await reader.patch(`/api/readers/${accounts.reader.id}`, {
    watched: episode === null ? [] : [{ drama: sk().slug, episode }],
  })
  expect(res.status).toBe(200)
}
export const withheldKeys = (doc: { spoilerSections?: Row[] }) =>
  (doc.spoilerSections ?? []).filter((row) => row.withheld === true).map((row) => row.key)
export const listedIds = (docs: Similar[]) => docs.map((row) => String(row.article.id))
