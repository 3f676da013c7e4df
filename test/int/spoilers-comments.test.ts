import type { Payload } from 'payload'

import type { Comment } from '../../src/payload-types'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SpoilerFixtures } from '../helpers/spoilerFixtures'
import { createSpoilerFixtures, secretaryKimListicle } from '../helpers/spoilerFixtures'

let payload: Payload
let accounts: Accounts
let fixtures: SpoilerFixtures
let articleId: number | string

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  fixtures = await createSpoilerFixtures(payload)
  const article = await payload.create({
    collection: 'articles',
    data: {
      ...secretaryKimListicle(fixtures, 'Comments welcome'),
      author: accounts.author.id,
      _status: 'published',
    } as never,
    depth: 0,
  })
  articleId = article.id
})

afterAll(async () => {
  await payload.destroy()
})

// Comments are written by the logged-in reader, with access enforced, as the site posts them.
async function comment(body: string, extra: Record<string, unknown> = {}): Promise<Comment> {
  return payload.create({
    collection: 'comments',
    data: { article: articleId, body, ...extra } as never,
    user: accounts.reader.user,
    overrideAccess: false,
    depth: 0,
  })
}

async function edit(id: number | string, data: Record<string, unknown>): Promise<Comment> {
  return payload.update({
    collection: 'comments',
    id,
    data: data as never,
    user: accounts.reader.user,
    overrideAccess: false,
    depth: 0,
  })
}

const SPOILER =
  'I cried when Mi So finally kissed Young Joon in episode 8 and he told her everything!'
const HARMLESS = 'Park Seo Joon is the best, I love this drama so much.'

describe('comments through the spoiler engine', () => {
  it("flags a spoiler comment with the article's drama and the episode", async () => {
    const flagged = await comment(SPOILER)
    expect(flagged).toMatchObject({
      spoiler: true,
      spoilerDetected: true,
      markedSpoiler: false,
      spoilerDrama: fixtures.secretaryKim.id,
      spoilerEpisode: 8,
    })
    expect(flagged.spoilerReasons).toContain('mentions episode 8')
  })

  it('leaves a harmless comment unflagged', async () => {
    const plain = await comment(HARMLESS)
    expect(plain).toMatchObject({
      spoiler: false,
      spoilerDetected: false,
      spoilerDrama: null,
      spoilerEpisode: null,
    })
  })

  it('attributes a spoiler that names no drama to the article’s only drama', async () => {
    const vague = await comment('The wedding in the last episode was perfect, they got married!')
    expect(vague).toMatchObject({ spoiler: true, spoilerDrama: fixtures.secretaryKim.id })
  })

  it('takes a new body through the engine again', async () => {
    const flagged = await comment(SPOILER)
    const cleaned = await edit(flagged.id, { body: HARMLESS })
    expect(cleaned).toMatchObject({ spoiler: false, spoilerDetected: false, spoilerEpisode: null })
    const again = await edit(flagged.id, { body: SPOILER })
    expect(again).toMatchObject({ spoiler: true, spoilerEpisode: 8 })
  })
})

describe("a reader's own mark", () => {
  it('flags a comment the engine let pass, on create and on update', async () => {
    const marked = await comment(HARMLESS, { spoiler: true })
    expect(marked).toMatchObject({ spoiler: true, markedSpoiler: true, spoilerDetected: false })
    expect(marked.spoilerDrama).toBe(fixtures.secretaryKim.id)

    const later = await comment(HARMLESS)
    const markedLater = await edit(later.id, { spoiler: true })
    expect(markedLater).toMatchObject({ spoiler: true, markedSpoiler: true })
  })

  it('can be taken back by its writer', async () => {
    const marked = await comment(HARMLESS, { spoiler: true })
    const unmarked = await edit(marked.id, { spoiler: false })
    expect(unmarked).toMatchObject({ spoiler: false, markedSpoiler: false })
  })

  it("survives a body edit, while the engine's flag follows the text", async () => {
    const marked = await comment(HARMLESS, { spoiler: true })
    const edited = await edit(marked.id, { body: `${HARMLESS} Truly.` })
    expect(edited).toMatchObject({ spoiler: true, markedSpoiler: true, spoilerDetected: false })
  })

  it("cannot remove the engine's flag", async () => {
    const flagged = await comment(SPOILER, { spoiler: false })
    expect(flagged.spoiler).toBe(true)
    const attempt = await edit(flagged.id, { spoiler: false })
    expect(attempt).toMatchObject({ spoiler: true, spoilerDetected: true, markedSpoiler: false })
  })

  it('ignores derived values sent by a client', async () => {
    const forged = await comment(HARMLESS, {
      spoilerDetected: true,
      spoilerEpisode: 3,
      spoilerDrama: fixtures.harborLight.id,
    })
    expect(forged).toMatchObject({ spoiler: false, spoilerDetected: false, spoilerEpisode: null })
  })
})
