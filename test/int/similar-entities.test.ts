import type { Payload } from 'payload'

import type { DocFeatures } from '../../src/similarity'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import { publishNow, runSimilarJobs } from '../helpers/similarFixtures'

// The glue hands the engine the newsroom's own dramas (title, aliases, characters, cast), so a
// mention links an article to a drama the editor did not relate, and a shared word never does.
let payload: Payload
let editorId: number | string

beforeAll(async () => {
  payload = await getTestPayload()
  editorId = (await createAccounts(payload)).editor.id
  const person = await payload.create({
    collection: 'people',
    data: { name: 'Cho Jin Woong' },
  })
  await payload.create({
    collection: 'dramas',
    data: {
      title: 'Signal',
      episodes: 16,
      cast: [{ person: person.id, character: 'Lee Jae Han', billing: 'lead' }],
    },
  })
})

afterAll(async () => {
  await payload.destroy()
})

/** What the index filed for the article, once its peer job has run. */
async function featuresOf(id: number | string): Promise<DocFeatures> {
  await runSimilarJobs(payload)
  const { docs } = await payload.find({
    collection: 'similarity-entries',
    where: { article: { equals: id } },
    depth: 0,
    limit: 1,
  })
  return docs[0]!.features as DocFeatures
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        children: [
          { type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

it('links a reader’s letter that names only the characters and cast to their drama', async () => {
  const id = await publishNow(payload, editorId, {
    title: 'Why Lee Jae Han still haunts me',
    format: 'feature',
    body: paragraph(
      'Cho Jin Woong plays Lee Jae Han as a detective who refuses to let a cold case go, and the walkie-talkie scenes still give me chills.',
    ),
  })
  expect((await featuresOf(id)).dramas).toContain('signal')
})

it('does not link a song that shares the drama’s one-word title', async () => {
  const id = await publishNow(payload, editorId, {
    title: 'A girl group’s Signal tops the music charts',
    format: 'news',
    body: paragraph(
      'The single Signal spent a third week at number one, and its choreography is everywhere on social media.',
    ),
  })
  expect((await featuresOf(id)).dramas).not.toContain('signal')
})
