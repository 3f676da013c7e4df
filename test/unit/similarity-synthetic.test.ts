import { generateSyntheticArticles } from '../../bench/syntheticArticles'
import { createSimilarityIndex } from '../../src/similarity'

describe('generateSyntheticArticles', () => {
  it('is deterministic and can be generated in chunks', () => {
    const whole = generateSyntheticArticles(60, 7)
    expect(generateSyntheticArticles(60, 7)).toEqual(whole)
    const first = generateSyntheticArticles(25, 7, { archiveSize: 60 })
    const rest = generateSyntheticArticles(35, 7, { offset: 25, archiveSize: 60 })
    expect([...first, ...rest]).toEqual(whole)
    expect(generateSyntheticArticles(60, 8)).not.toEqual(whole)
  })

  it('produces valid, varied articles the engine can index', () => {
    const docs = generateSyntheticArticles(300, 1)
    expect(new Set(docs.map((d) => d.id)).size).toBe(300)
    expect(new Set(docs.flatMap((d) => d.dramas)).size).toBeGreaterThan(10)
    expect(new Set(docs.flatMap((d) => d.people)).size).toBeGreaterThan(30)
    for (const doc of docs) {
      expect(doc.body.split(' ').length).toBeGreaterThanOrEqual(100)
      expect(Number.isNaN(Date.parse(doc.publishedAt!))).toBe(false)
    }
    const long = generateSyntheticArticles(1, 3, { bodyWords: 2000 })[0]!
    expect(long.body.split(' ').length).toBeGreaterThanOrEqual(2000)
    const index = createSimilarityIndex(docs)
    expect(index.similarTo(docs[0]!.id, 5).length).toBeGreaterThan(0)
  })
})
