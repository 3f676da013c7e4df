import { SECRETARY_KIM } from '../helpers/spoilerFixtures'
import type { Scene } from '../helpers/readerFacingWorld'
import {
  server,
  anonymous,
  reader,
  listicle,
  safeItemArticle,
  EPISODE_12_SCENE,
  EPISODE_8_SCENE,
  PRIVATE,
  sk,
  scenes,
  ok,
  setProgress,
  useReaderFacingWorld,
} from '../helpers/readerFacingWorld'

useReaderFacingWorld()

describe('scenes are withheld like article sections', () => {
  it('REST: a later episode keeps its title but not its description, privately', async () => {
    const full = await anonymous.get(`/api/scenes/${scenes().honestNight}`)
    expect(ok(full).description).toBe(EPISODE_12_SCENE)
    expect(full.headers.get('cache-control')).not.toBe(PRIVATE)

    const res = await anonymous.get(`/api/scenes/${scenes().honestNight}?watched[${sk().slug}]=8`)
    expect(ok(res)).toMatchObject({
      title: 'The night after the truth comes out',
      description: null,
      withheld: true,
    })
    expect(res.headers.get('cache-control')).toBe(PRIVATE)
    const byHeader = await fetch(`${server.url}/api/scenes/${scenes().honestNight}`, {
      headers: { 'showrunner-watched': `${sk().slug}=8` },
    })
    expect(((await byHeader.json()) as Scene).description).toBeNull()
    expect(byHeader.headers.get('cache-control')).toBe(PRIVATE)
    const seen = await anonymous.get(`/api/scenes/${scenes().confession}?watched[${sk().id}]=8`)
    expect(ok(seen)).toMatchObject({ description: EPISODE_8_SCENE, withheld: false })
  })

  it('REST: lists too, with spoilers=hide, saved progress and a select', async () => {
    const where = `where[drama][equals]=${sk().id}&limit=10`
    const hidden = ok(await anonymous.get(`/api/scenes?${where}&spoilers=hide`))
    expect(hidden.docs.map((scene: Scene) => scene.withheld)).toEqual([true, true, true])
    expect(JSON.stringify(hidden)).not.toContain(EPISODE_8_SCENE)

    await setProgress(8)
    const saved = ok(await reader.get(`/api/scenes?${where}&select[description]=true`))
    const text = JSON.stringify(saved)
    expect(text).toContain(EPISODE_8_SCENE)
    expect(text).not.toContain(EPISODE_12_SCENE)
  })

  it('REST: a scene populated into an article item the editor marked safe', async () => {
    const path = `/api/articles/${safeItemArticle}?depth=1&populate[scenes][description]=true`
    const full = ok(await anonymous.get(path))
    expect(full.items[0].scene.description).toBe(EPISODE_12_SCENE)
    const res = ok(await anonymous.get(`${path}&watched[${sk().slug}]=8`))
    expect(res.items[0].scene).toMatchObject({ description: null, withheld: true })
    expect(JSON.stringify(res)).not.toContain(EPISODE_12_SCENE)
  })

  it('GraphQL: Scene with the Showrunner-Watched header, Scenes with saved progress, and populated scenes', async () => {
    const query = `{ Scene(id: ${JSON.stringify(scenes().honestNight)}) { title description withheld } }`
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'showrunner-watched': `${sk().slug}=8` },
      body: JSON.stringify({ query }),
    })
    const body = (await res.json()) as { data: { Scene: Scene } }
    expect(body.data.Scene).toEqual({
      title: 'The night after the truth comes out',
      description: null,
      withheld: true,
    })

    await setProgress(8)
    const list = ok(
      await reader.graphql(
        `{ Scenes(where: { drama: { equals: ${JSON.stringify(sk().id)} } }, sort: "episode") {
          docs { episode description withheld } } }`,
      ),
    )
    expect(list.data.Scenes.docs).toEqual([
      { episode: 5, description: null, withheld: false },
      { episode: 8, description: EPISODE_8_SCENE, withheld: false },
      { episode: 12, description: null, withheld: true },
    ])

    const article = ok(
      await anonymous.graphql(
        `{ spoilerSafeArticle(id: ${JSON.stringify(safeItemArticle)},
          watched: [{ drama: "${sk().slug}", episode: 8 }]) {
            items { scene { title description withheld } } } }`,
      ),
    )
    expect(article.data.spoilerSafeArticle.items[0].scene).toEqual({
      title: 'The night after the truth comes out',
      description: null,
      withheld: true,
    })
  })
})

describe('the warning line follows the reader’s progress', () => {
  const stored = `Warning: spoilers below for ${SECRETARY_KIM} up to episode 14`

  it('REST: beyond the given episode; the stored line without progress or with spoilers=hide', async () => {
    const plain = ok(await anonymous.get(`/api/articles/${listicle}?depth=0`))
    expect(plain.spoilerWarning.text).toBe(stored)
    const hidden = ok(await anonymous.get(`/api/articles/${listicle}?depth=0&spoilers=hide`))
    expect(hidden.spoilerWarning.text).toBe(stored)

    const at8 = ok(await anonymous.get(`/api/articles/${listicle}?watched[${sk().slug}]=8`))
    expect(at8.spoilerWarning).toMatchObject({
      mode: 'auto',
      text: `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 8 (up to episode 14)`,
      generated: stored,
    })
    const done = ok(await anonymous.get(`/api/articles/${listicle}?watched[${sk().slug}]=16`))
    expect(done.spoilerWarning.text).toBe('')
  })

  it('REST: from saved progress, and with a select of the warning text only', async () => {
    await setProgress(12)
    const doc = ok(
      await reader.get(`/api/articles/${listicle}?select[spoilerWarning][text]=true&depth=0`),
    )
    expect(doc.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 12 (up to episode 14)`,
    )
  })

  it('GraphQL: spoilerSafeArticle and the generated Article query', async () => {
    const res = ok(
      await anonymous.graphql(
        `{ spoilerSafeArticle(id: ${JSON.stringify(listicle)},
          watched: [{ drama: "${sk().slug}", episode: 5 }]) { spoilerWarning { text } } }`,
      ),
    )
    expect(res.data.spoilerSafeArticle.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 5 (up to episode 14)`,
    )
    await setProgress(9)
    const saved = ok(
      await reader.graphql(
        `{ Article(id: ${JSON.stringify(listicle)}) { spoilerWarning { text } } }`,
      ),
    )
    expect(saved.data.Article.spoilerWarning.text).toBe(
      `Warning: spoilers below for ${SECRETARY_KIM} beyond episode 9 (up to episode 14)`,
    )
  })
})
