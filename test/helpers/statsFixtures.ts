import type { CorpusStats, DocFeatures } from '../../src/similarity'
import { extractFeatures } from '../../src/similarity'

const DRAMAS = ['queen-of-tears', 'goblin', 'mr-sunshine', 'crash-landing-on-you']

/** The features of small synthetic article `i`: shared dramas, people and tags, one rare term. */
export function statsDoc(i: number): DocFeatures {
  return extractFeatures({
    id: `doc-${i}`,
    title: `Kiss scene number ${i} from ${DRAMAS[i % 4]}`,
    body: `Episode ${i % 16} brings a rooftop confession, rain number ${i % 7} and word${i}.`,
    dramas: [DRAMAS[i % 4]!],
    people: [`actor-${i % 5}`],
    tags: [i % 2 ? 'romance' : 'ratings'],
  })
}

/** Asserts two corpus statistics count the same documents and keys. */
export function expectSameStats(actual: CorpusStats, expected: CorpusStats): void {
  expect(actual.docCount).toBe(expected.docCount)
  expect({ ...actual.df }).toEqual({ ...expected.df })
}
