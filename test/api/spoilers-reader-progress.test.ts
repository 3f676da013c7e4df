import { SECRETARY_KIM } from '../helpers/spoilerFixtures'
import {
  server,
  accounts,
  fixtures,
  anonymous,
  reader,
  editor,
  listicle,
  sk,
  ok,
  setProgress,
  withheldKeys,
  useReaderFacingWorld,
} from '../helpers/readerFacingWorld'

useReaderFacingWorld()

describe('saved progress by slug, one drama at a time', () => {
  const mine = async () =>
    (
      await server.payload.findByID({
        collection: 'readers',
        id: accounts.reader.id,
        depth: 0,
      })
    ).watched?.map((row) => ({ drama: String(row.drama), episode: row.episode }))

  it("PATCH takes a drama's slug and stores its id; an unknown one is a 400 and nothing is written", async () => {
    await setProgress(6)
    expect(await mine()).toEqual([{ drama: String(sk().id), episode: 6 }])
    const bad = await reader.patch(`/api/readers/${accounts.reader.id}`, {
      watched: [{ drama: 'no-such-drama', episode: 2 }],
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain("no drama has the slug or id 'no-such-drama'")
    expect(await mine()).toEqual([{ drama: String(sk().id), episode: 6 }])
  })

  it('PUT /api/readers/me/watched/:drama sets one drama and keeps the others; DELETE forgets it', async () => {
    const harbor = fixtures.harborLight
    const put = await reader.request('PUT', `/api/readers/me/watched/${harbor.slug}`, {
      episode: 3,
    })
    expect(put.status).toBe(200)
    expect(put.headers.get('cache-control')).toMatch(/no-store/)
    expect(put.body.watched).toEqual([
      { drama: sk().id, slug: sk().slug, title: SECRETARY_KIM, episode: 6 },
      { drama: harbor.id, slug: harbor.slug, title: 'The Harbor Light', episode: 3 },
    ])
    const byId = await reader.request('PUT', `/api/readers/me/watched/${sk().id}`, { episode: 12 })
    expect(byId.status).toBe(200)
    expect(await mine()).toEqual([
      { drama: String(sk().id), episode: 12 },
      { drama: String(harbor.id), episode: 3 },
    ])
    const doc = ok(await reader.get(`/api/articles/${listicle}?depth=0`))
    expect(withheldKeys(doc)).toEqual(['body:0'])

    const removed = await reader.delete(`/api/readers/me/watched/${harbor.slug}`)
    expect(removed.status).toBe(200)
    expect(await mine()).toEqual([{ drama: String(sk().id), episode: 12 }])
  })

  it('refuses a bad drama or episode with a 400 that says why, and writes nothing', async () => {
    const before = await mine()
    const cases: Array<[string, unknown, RegExp]> = [
      ['no-such-drama', { episode: 2 }, /no drama has the slug or id 'no-such-drama'/],
      [sk().slug, { episode: 17 }, /has 16 episodes, not 17/],
      [sk().slug, { episode: 'eight' }, /episode must be a whole number, not "eight"/],
      [sk().slug, { episode: 2.5 }, /whole number of episodes, not '2.5'/],
      [sk().slug, {}, /Send a JSON object with the last episode watched/],
    ]
    for (const [drama, body, message] of cases) {
      const res = await reader.request('PUT', `/api/readers/me/watched/${drama}`, body)
      expect({ status: res.status, message: res.body?.errors?.[0]?.message }).toEqual({
        status: 400,
        message: expect.stringMatching(message),
      })
    }
    expect(await mine()).toEqual(before)
  })

  it('is for logged-in readers only', async () => {
    const path = `/api/readers/me/watched/${sk().slug}`
    expect((await anonymous.request('PUT', path, { episode: 1 })).status).toBe(401)
    expect((await editor.request('PUT', path, { episode: 1 })).status).toBe(403)
  })
})
