import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { getDramaCatalog } from '../../src/spoilerGlue/dramaCatalog'

import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'
import type { SpoilerFixtures, TaggedArticle } from '../helpers/spoilerFixtures'
import {
  articleWriter,
  createSpoilerFixtures,
  HARBOR_LIGHT,
  itemKey,
  richText,
  SECRETARY_KIM,
  secretaryKimListicle,
  sectionOf as row,
} from '../helpers/spoilerFixtures'

type Article = TaggedArticle

let payload: Payload
let accounts: Accounts
let fixtures: SpoilerFixtures

beforeAll(async () => {
  payload = await getTestPayload()
  accounts = await createAccounts(payload)
  fixtures = await createSpoilerFixtures(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const createArticle = (data: Record<string, unknown>) =>
  articleWriter(payload, accounts.editor).create(data)
const updateArticle = (id: number | string, data: Record<string, unknown>) =>
  articleWriter(payload, accounts.editor).update(id, data)

describe('tagging an article on save', () => {
  let article: Article

  beforeAll(async () => {
    article = await createArticle(secretaryKimListicle(fixtures, 'Four Secretary Kim moments'))
  })

  it('stores one row per section: intro, each item, each body part', () => {
    expect(article.spoilerSections.map((section) => section.key)).toEqual([
      'intro',
      ...article.items.map((item) => `item:${item.id}`),
      'body:0',
      'body:1',
    ])
    expect(row(article, 'body:0').heading).toBe('The kidnapping')
    expect(row(article, itemKey(article, 0)).heading).toBe('A first try with a twist')
  })

  it("gives scene-linked items the scene's drama and episode, with reasons", () => {
    const episodes = [0, 1, 2].map((index) => row(article, itemKey(article, index)))
    for (const section of episodes) {
      expect(section).toMatchObject({
        spoiler: true,
        detected: true,
        override: 'auto',
        drama: fixtures.secretaryKim.id,
        dramaTitle: SECRETARY_KIM,
      })
      expect(section.score).toBeGreaterThan(0.5)
    }
    expect(episodes.map((section) => section.episode)).toEqual([5, 8, 12])
    expect(episodes[0].reasons).toContain('linked scene is from episode 5')
  })

  it('leaves premise, where-to-watch and opinion sections unflagged', () => {
    for (const key of ['intro', itemKey(article, 3), 'body:1']) {
      expect(row(article, key)).toMatchObject({ spoiler: false, episode: null })
      expect(row(article, key).reasons.length).toBeGreaterThan(0)
    }
  })

  it('tags body parts between headings on their own', () => {
    expect(row(article, 'body:0')).toMatchObject({
      spoiler: true,
      dramaTitle: SECRETARY_KIM,
      episode: 14,
    })
    expect(row(article, 'body:0').reasons).toContain('mentions episode 14')
  })

  it('summarises the highest episode per drama and writes the warning in the seeds’ style', () => {
    expect(article.spoilerSummary).toMatchObject({
      hasSpoilers: true,
      dramas: [{ drama: fixtures.secretaryKim.id, title: SECRETARY_KIM, episode: 14 }],
    })
    expect(article.spoilerWarning).toMatchObject({
      mode: 'auto',
      text: `Warning: spoilers below for ${SECRETARY_KIM} up to episode 14`,
      generated: `Warning: spoilers below for ${SECRETARY_KIM} up to episode 14`,
    })
  })

  it('attributes an item linked only to a drama to that drama, whatever its text names', async () => {
    const withDrama = await createArticle({
      format: 'listicle',
      items: [
        {
          heading: 'On the pier',
          drama: fixtures.harborLight.id,
          body: richText('The two leads finally kiss on the pier after the storm.'),
        },
      ],
    })
    expect(row(withDrama, itemKey(withDrama, 0))).toMatchObject({
      spoiler: true,
      drama: fixtures.harborLight.id,
      dramaTitle: HARBOR_LIGHT,
    })
    expect(withDrama.spoilerWarning.text).toBe(`Warning: spoilers below for ${HARBOR_LIGHT}`)
  })

  it('has nothing to warn about in an article without spoilers', async () => {
    const plain = await createArticle({
      format: 'news',
      body: richText("tvN confirmed the cast of What's Wrong with Secretary Kim today."),
    })
    expect(plain.spoilerSummary).toMatchObject({ hasSpoilers: false, dramas: [] })
    expect(plain.spoilerWarning.text).toBe('')
  })
})

describe("the editor's overrides", () => {
  it('survive re-tagging, follow their section when items move, and change the summary', async () => {
    const created = await createArticle(secretaryKimListicle(fixtures, 'Overrides kept'))
    const confessionKey = itemKey(created, 1)
    // As the admin form sends it: every row back, two of them changed.
    const rows = created.spoilerSections.map((section) =>
      section.key === 'body:0' || section.key === confessionKey
        ? { ...section, override: 'safe' }
        : section.key === 'intro'
          ? { ...section, override: 'spoiler' }
          : section,
    )
    const overridden = await updateArticle(created.id, { spoilerSections: rows })
    expect(row(overridden, confessionKey)).toMatchObject({
      override: 'safe',
      spoiler: false,
      detected: true,
    })
    expect(row(overridden, confessionKey).reasons).toContain('marked safe by the editor')
    expect(row(overridden, 'intro')).toMatchObject({ override: 'spoiler', spoiler: true })
    expect(overridden.spoilerSummary.dramas).toEqual([
      expect.objectContaining({ drama: fixtures.secretaryKim.id, episode: 12 }),
    ])
    expect(overridden.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} up to episode 12`,
    )

    // A later edit sends only what changed, and moves the confession item to the top.
    const items = overridden.items
    const reordered = await updateArticle(created.id, {
      title: 'Overrides kept, items moved',
      items: [items[1], items[0], items[2], items[3]],
    })
    expect(reordered.items[0].id).toBe(items[1].id)
    expect(row(reordered, confessionKey)).toMatchObject({ override: 'safe', spoiler: false })
    expect(row(reordered, 'body:0')).toMatchObject({ override: 'safe', spoiler: false })
    expect(row(reordered, 'intro')).toMatchObject({ override: 'spoiler', spoiler: true })
    expect(row(reordered, itemKey(reordered, 1))).toMatchObject({ override: 'auto', episode: 5 })
    expect(reordered.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} up to episode 12`,
    )

    // Back to auto: the detector's verdict returns.
    const back = await updateArticle(created.id, {
      spoilerSections: reordered.spoilerSections.map((section) => ({
        ...section,
        override: 'auto',
      })),
    })
    expect(row(back, confessionKey)).toMatchObject({ spoiler: true, episode: 8 })
    expect(back.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} up to episode 14`,
    )
  })
})

describe('the warning line', () => {
  it("keeps the editor's own text and the switch-off through re-tagging", async () => {
    const created = await createArticle(secretaryKimListicle(fixtures, 'Warning edited'))
    const generated = `Warning: spoilers below for ${SECRETARY_KIM} up to episode 14`

    const custom = await updateArticle(created.id, {
      spoilerWarning: { mode: 'custom', custom: 'Heads up: every kiss of the series ahead.' },
    })
    expect(custom.spoilerWarning).toMatchObject({
      mode: 'custom',
      text: 'Heads up: every kiss of the series ahead.',
      generated,
    })

    const retagged = await updateArticle(created.id, {
      body: richText(
        '## The ending',
        'In the final episode Young Joon proposes and Mi So says yes.',
      ),
    })
    expect(retagged.spoilerWarning).toMatchObject({
      mode: 'custom',
      text: 'Heads up: every kiss of the series ahead.',
      generated: `Warning: spoilers below for ${SECRETARY_KIM} up to episode 16`,
    })

    const off = await updateArticle(created.id, { spoilerWarning: { mode: 'off' } })
    expect(off.spoilerWarning).toMatchObject({ mode: 'off', text: '' })
    const stillOff = await updateArticle(created.id, { title: 'Warning switched off' })
    expect(stillOff.spoilerWarning).toMatchObject({ mode: 'off', text: '' })
    expect(stillOff.spoilerSummary.hasSpoilers).toBe(true)

    const auto = await updateArticle(created.id, { spoilerWarning: { mode: 'auto' } })
    expect(auto.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} up to episode 16`,
    )
  })

  it('refuses a custom warning without text', async () => {
    const created = await createArticle(secretaryKimListicle(fixtures, 'Warning empty'))
    await expect(
      updateArticle(created.id, { spoilerWarning: { mode: 'custom', custom: '  ' } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('custom spoiler') })
  })
})

describe('the drama catalog behind the tags', () => {
  it('is checked once per publish, and gives the similar-articles text its drama slugs', async () => {
    const draft = await createArticle(secretaryKimListicle(fixtures, 'One catalog check'))
    const find = payload.db.find
    let stampChecks = 0
    let slugReads = 0
    payload.db.find = function (this: unknown, args) {
      if (args.collection === 'dramas' && args.sort === '-updatedAt') stampChecks += 1
      if (args.collection === 'dramas' && args.select?.slug && !args.select.title) slugReads += 1
      return find.call(this, args)
    } as typeof find
    try {
      const published = (await payload.update({
        collection: 'articles',
        id: draft.id,
        data: { _status: 'published' },
        depth: 0,
      })) as unknown as Article & { similarArticles?: unknown[] }
      expect(published.spoilerSummary.hasSpoilers).toBe(true)
      // Both hooks ran: the similar list is computed in the request.
      expect(Array.isArray(published.similarArticles)).toBe(true)
      expect(stampChecks).toBe(1)
      expect(slugReads).toBe(0)
    } finally {
      payload.db.find = find
    }
  })

  it('is read again in a request that changed a drama', async () => {
    const req = await createLocalReq({}, payload)
    const before = await getDramaCatalog(req)
    expect(before.bySlug.get(fixtures.harborLight.slug)?.title).toBe(HARBOR_LIGHT)
    const renamed = `${HARBOR_LIGHT} (renamed)`
    await payload.update({
      collection: 'dramas',
      id: fixtures.harborLight.id,
      data: { title: renamed },
      req,
    })
    try {
      expect((await getDramaCatalog(req)).bySlug.get(fixtures.harborLight.slug)?.title).toBe(
        renamed,
      )
    } finally {
      await payload.update({
        collection: 'dramas',
        id: fixtures.harborLight.id,
        data: { title: HARBOR_LIGHT },
        req,
      })
    }
    expect((await getDramaCatalog(req)).bySlug.get(fixtures.harborLight.slug)?.title).toBe(
      HARBOR_LIGHT,
    )
  })
})
