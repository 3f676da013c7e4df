import { idType } from '../helpers/collectionApi'
import {
  anonymous,
  reader,
  editor,
  listicle,
  rerun,
  guide,
  PRIVATE,
  sk,
  scenes,
  ok,
  setProgress,
  withheldKeys,
  listedIds,
  useReaderFacingWorld,
} from '../helpers/readerFacingWorld'

useReaderFacingWorld()

describe('spoiler-safe similar lists', () => {
  const spoilers = () => [String(listicle), String(rerun)]

  it('the endpoint drops articles that spoil beyond the given progress, privately', async () => {
    const full = await anonymous.get(`/api/articles/${guide}/similar?limit=5`)
    expect(listedIds(ok(full).docs).slice(0, 2)).toEqual(spoilers())

    const at8 = await anonymous.get(`/api/articles/${guide}/similar?watched[${sk().slug}]=8`)
    const ids = listedIds(ok(at8).docs)
    expect(ids).not.toContain(String(listicle))
    expect(ids).not.toContain(String(rerun))
    expect(at8.headers.get('cache-control')).toBe(PRIVATE)
    expect(ok(at8).docs.every((row: Record<string, any>) => !row.article.spoilerSections)).toBe(
      true,
    )

    const done = await anonymous.get(`/api/articles/${guide}/similar?watched[${sk().slug}]=14`)
    expect(listedIds(ok(done).docs).slice(0, 2)).toEqual(spoilers())
    const hidden = await anonymous.get(`/api/articles/${guide}/similar?spoilers=hide`)
    expect(listedIds(ok(hidden).docs)).not.toContain(String(listicle))
  })

  it("REST: the article's own similarArticles, with saved progress", async () => {
    await setProgress(8)
    const doc = ok(await reader.get(`/api/articles/${guide}?depth=1`))
    const ids = listedIds(doc.similarArticles)
    expect(ids).not.toContain(String(listicle))
    expect(ids).not.toContain(String(rerun))
    await setProgress(null)
    const again = ok(await reader.get(`/api/articles/${guide}?depth=1`))
    expect(listedIds(again.similarArticles).slice(0, 2)).toEqual(spoilers())
  })

  it('GraphQL: similarArticles(watched) and Article.similarArticles with saved progress', async () => {
    const query = `query ($id: ${idType(guide)}!, $watched: [SpoilerWatchedInput!]) {
      similarArticles(id: $id, limit: 10, watched: $watched) { article { id title } } }`
    const full = ok(await anonymous.graphql(query, { id: guide }))
    expect(listedIds(full.data.similarArticles).slice(0, 2)).toEqual(spoilers())
    const at8 = ok(
      await anonymous.graphql(query, { id: guide, watched: [{ drama: sk().slug, episode: 8 }] }),
    )
    expect(listedIds(at8.data.similarArticles)).not.toContain(String(listicle))

    await setProgress(8)
    const field = ok(
      await reader.graphql(
        `{ Article(id: ${JSON.stringify(guide)}) { similarArticles { article { id } } } }`,
      ),
    )
    expect(listedIds(field.data.Article.similarArticles)).not.toContain(String(rerun))
    await setProgress(null)
  })
})

describe('staff preview what a reader at a given progress sees', () => {
  const at8 = () => `watched[${sk().slug}]=8`
  const readerParts = (doc: Record<string, any>) => ({
    intro: doc.intro,
    items: doc.items,
    body: doc.body,
    warning: doc.spoilerWarning.text,
    withheld: withheldKeys(doc),
  })

  it('REST: ?previewAsReader=true gives the editor exactly the anonymous reader’s article', async () => {
    const staff = ok(await editor.get(`/api/articles/${listicle}?depth=1&${at8()}`))
    expect(withheldKeys(staff)).toEqual([])
    const asReader = ok(await anonymous.get(`/api/articles/${listicle}?depth=1&${at8()}`))
    const preview = await editor.get(
      `/api/articles/${listicle}?depth=1&${at8()}&previewAsReader=true`,
    )
    expect(readerParts(ok(preview))).toEqual(readerParts(asReader))
    expect(withheldKeys(preview.body)).toHaveLength(2)
    expect(preview.headers.get('cache-control')).toBe(PRIVATE)
  })

  it('REST: scenes and similar lists preview too; a bad flag is a 400', async () => {
    const scene = ok(
      await editor.get(`/api/scenes/${scenes().honestNight}?${at8()}&previewAsReader=1`),
    )
    expect(scene.description).toBeNull()
    const staffList = ok(await editor.get(`/api/articles/${guide}/similar?${at8()}`))
    expect(listedIds(staffList.docs)).toContain(String(listicle))
    const previewList = ok(
      await editor.get(`/api/articles/${guide}/similar?${at8()}&previewAsReader=true`),
    )
    expect(listedIds(previewList.docs)).not.toContain(String(listicle))

    const bad = await editor.get(`/api/articles/${listicle}?previewAsReader=maybe`)
    expect({ status: bad.status, message: bad.body.errors?.[0]?.message }).toEqual({
      status: 400,
      message: "previewAsReader must be 'true' or 'false', not 'maybe'.",
    })
  })

  it('GraphQL: previewAsReader on spoilerSafeArticle and similarArticles', async () => {
    const fields = `spoilerSections { key withheld } spoilerWarning { text }`
    const args = `id: ${JSON.stringify(listicle)}, watched: [{ drama: "${sk().slug}", episode: 8 }]`
    const staff = ok(await editor.graphql(`{ spoilerSafeArticle(${args}) { ${fields} } }`))
    expect(withheldKeys(staff.data.spoilerSafeArticle)).toEqual([])
    const preview = ok(
      await editor.graphql(`{ spoilerSafeArticle(${args}, previewAsReader: true) { ${fields} } }`),
    )
    const asReader = ok(await anonymous.graphql(`{ spoilerSafeArticle(${args}) { ${fields} } }`))
    expect(preview.data).toEqual(asReader.data)
    expect(withheldKeys(preview.data.spoilerSafeArticle)).toHaveLength(2)

    const list = ok(
      await editor.graphql(`{ similarArticles(id: ${JSON.stringify(guide)}, previewAsReader: true,
        spoilers: hide) { article { id } } }`),
    )
    expect(listedIds(list.data.similarArticles)).not.toContain(String(listicle))
  })
})
