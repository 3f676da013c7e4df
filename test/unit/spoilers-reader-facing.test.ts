import { decideCachePolicy } from '../../src/http/cachePolicy'
import { progressWarning } from '../../src/spoilerGlue/readerWarning'
import { parsePreviewFlag } from '../../src/spoilerGlue/requestView'
import { withDramaProgress } from '../../src/spoilerGlue/savedProgress'
import { dropSpoilingArticles, spoilsReader } from '../../src/spoilerGlue/spoilerSafeList'
import type { SpoilerView } from '../../src/spoilerGlue/types'
import { keepSpoilerTags, withholdArticle } from '../../src/spoilerGlue/withhold'
import { keepSceneFacts, withholdScene } from '../../src/spoilerGlue/withholdScene'

const progress = (watched: Record<string, number>): SpoilerView => ({
  mode: 'progress',
  watched,
  totals: { 7: 16, 9: 12 },
})
const row = (drama: number | null, episode: number | null, spoiler = true) => ({
  key: `k${drama}-${episode}`,
  spoiler,
  drama,
  dramaTitle: drama === 7 ? 'Secretary Kim' : drama === 9 ? 'Harbor Light' : null,
  episode,
  reasons: [],
})

describe('progressWarning', () => {
  const rows = [row(7, 5), row(7, 12), row(7, 14), row(9, 3), row(7, 2, false)]

  it('speaks of what lies beyond the reader’s progress, drama by drama', () => {
    expect(progressWarning(rows, progress({ 7: 8 }))).toBe(
      'Warning: spoilers below for Secretary Kim beyond episode 8 (up to episode 14) and Harbor Light up to episode 3',
    )
    expect(progressWarning(rows, progress({ 7: 8, 9: 12 }))).toBe(
      'Warning: spoilers below for Secretary Kim beyond episode 8 (up to episode 14)',
    )
  })

  it('is empty when nothing goes past the progress, generic for unattributed spoilers', () => {
    expect(progressWarning(rows, progress({ 7: 16, 9: 3 }))).toBe('')
    expect(progressWarning([row(null, null)], progress({ 7: 16 }))).toBe('Warning: spoilers below')
  })

  it('leaves the stored line alone without progress, and treats 0 as not started', () => {
    expect(progressWarning(rows, { mode: 'hide' })).toBeNull()
    expect(progressWarning(rows, { mode: 'full' })).toBeNull()
    expect(progressWarning([row(7, 4)], progress({ 7: 0 }))).toBe(
      'Warning: spoilers below for Secretary Kim up to episode 4',
    )
    expect(progressWarning([row(7, null)], progress({ 7: 3 }))).toBe(
      'Warning: spoilers below for Secretary Kim beyond episode 3',
    )
  })

  it('is applied by withholdArticle only to the generated line', () => {
    const doc = (mode: string) => ({
      spoilerSections: [row(7, 12)],
      spoilerWarning: { mode, text: 'stored', generated: 'stored' },
    })
    expect(withholdArticle(doc('auto'), progress({ 7: 8 })).spoilerWarning.text).toBe(
      'Warning: spoilers below for Secretary Kim beyond episode 8 (up to episode 12)',
    )
    expect(withholdArticle(doc('custom'), progress({ 7: 8 })).spoilerWarning.text).toBe('stored')
    expect(withholdArticle(doc('auto'), progress({ 7: 12 })).spoilerWarning.text).toBe('')
  })

  it('keeps the warning mode in a select of the warning text', () => {
    expect(keepSpoilerTags({ spoilerWarning: { text: true } })).toEqual({
      spoilerWarning: { text: true, mode: true },
      spoilerSections: true,
    })
    expect(keepSpoilerTags({ spoilerWarning: { mode: false } })).toBeUndefined()
  })
})

describe('withholdScene', () => {
  const scene = { title: 'The night', drama: { id: 7 }, episode: 12, description: 'They...' }

  it('drops a later episode’s description and marks it', () => {
    expect(withholdScene(scene, progress({ 7: 8 }))).toEqual({
      ...scene,
      description: null,
      withheld: true,
    })
    expect(withholdScene(scene, progress({ 7: 12 }))).toEqual({ ...scene, withheld: false })
    expect(withholdScene(scene, progress({ 9: 12 })).withheld).toBe(true)
    expect(withholdScene(scene, { mode: 'hide' }).description).toBeNull()
    expect(withholdScene(scene, { mode: 'full' })).toBe(scene)
  })

  it('keeps drama and episode in a select', () => {
    expect(keepSceneFacts({ description: true })).toEqual({
      description: true,
      drama: true,
      episode: true,
    })
    expect(keepSceneFacts({ episode: false, media: false })).toEqual({ media: false })
    expect(keepSceneFacts({ episode: false })).toBeUndefined()
  })
})

describe('spoiler-safe similar lists', () => {
  const spoiling = { article: { id: 1, spoilerSections: [row(7, 14)] } }
  const safe = { article: { id: 2, spoilerSections: [row(7, 3), row(7, 1, false)] } }
  const bare = { article: 3 }

  it('drops articles with a section past the progress, keeping order', () => {
    const rows = [spoiling, safe, bare]
    expect(dropSpoilingArticles(rows, progress({ 7: 8 }))).toEqual([safe, bare])
    expect(dropSpoilingArticles(rows, progress({ 7: 16 }))).toEqual(rows)
    expect(dropSpoilingArticles(rows, { mode: 'hide' })).toEqual([bare])
    expect(dropSpoilingArticles(rows, undefined)).toBe(rows)
  })

  it('judges an article against a drama the reader gave no progress for as spoiling', () => {
    expect(spoilsReader(spoiling.article, progress({ 9: 12 }))).toBe(true)
    expect(spoilsReader({ id: 4 }, progress({ 7: 1 }))).toBe(false)
  })
})

describe('saved progress helpers', () => {
  const saved = [
    { id: 'a', drama: 7, episode: 5 },
    { id: 'b', drama: { id: 9 }, episode: 2 },
  ]

  it('sets one drama in place, adds a new one last, removes with null', () => {
    expect(withDramaProgress(saved, 7, 8)).toEqual([
      { id: 'a', drama: 7, episode: 8 },
      { id: 'b', drama: 9, episode: 2 },
    ])
    expect(withDramaProgress(saved, 11, 1)).toEqual([
      { id: 'a', drama: 7, episode: 5 },
      { id: 'b', drama: 9, episode: 2 },
      { drama: 11, episode: 1 },
    ])
    expect(withDramaProgress(saved, '9', null)).toEqual([{ id: 'a', drama: 7, episode: 5 }])
    expect(withDramaProgress(null, 7, 0)).toEqual([{ drama: 7, episode: 0 }])
  })

  it('reads the preview flag strictly', () => {
    expect(parsePreviewFlag('true', 'p')).toBe(true)
    expect(parsePreviewFlag('1', 'p')).toBe(true)
    expect(parsePreviewFlag('false', 'p')).toBe(false)
    expect(parsePreviewFlag(null, 'p')).toBe(false)
    expect(() => parsePreviewFlag('yes please', 'p')).toThrow("p must be 'true' or 'false'")
  })
})

describe('cache policy of the spoiler headers', () => {
  const settings = {
    cookieName: 'payload-token',
    filePrefixes: [],
    graphqlPath: '/api/graphql',
    maxAge: 60,
    staleWhileRevalidate: 0,
    mediaMaxAge: 60,
  }
  const read = (personalHeader?: string) =>
    decideCachePolicy(
      { method: 'GET', path: '/api/scenes/3', query: new URLSearchParams(), personalHeader },
      settings,
    ).kind

  it('makes an answer shaped by a Showrunner-* header private', () => {
    expect(read('showrunner-watched')).toBe('private')
    expect(read('showrunner-preview-as-reader')).toBe('private')
    expect(read()).toBe('public')
  })
})
