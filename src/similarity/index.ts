// Similar-articles engine: pure TypeScript, no Payload imports. The CMS glue stores the output of
// `extractFeatures` and `candidateKeys` on each article, keeps one `CorpusStats` document, fetches
// only the articles sharing a key and ranks them with `rankCandidates`, which gives the same lists
// as the in-memory index.
export { createSimilarityIndex } from './memoryIndex'
export { compileCatalogue, findMentions } from './catalogue'
export { createTfidfBaseline } from './baseline'
export { extractFeatures, normalizeEntities, FEATURES_VERSION, NAME_PREFIX } from './features'
export {
  addToStats,
  createStats,
  documentFrequency,
  inverseDocumentFrequency,
  removeFromStats,
  statKeys,
  DRAMA_PREFIX,
  PERSON_PREFIX,
  TAG_PREFIX,
} from './stats'
export { explainPair, scorePair } from './score'
export { DEFAULT_WEIGHTS } from './weights'
export { candidateKeys, DEFAULT_KEY_TERMS } from './candidates'
export { rankCandidates, DEFAULT_MAX_CANDIDATES } from './rank'
export { averagePrecisionAtK, ndcgAtK } from './metrics'

export type { IndexOptions, MemorySimilarityIndex } from './memoryIndex'
export type { CatalogueDrama, CompiledCatalogue, EntityCatalogue, Mentions } from './catalogue'
export type { ExtractOptions } from './features'
export type { ScoreParts } from './score'
export type { ScoreWeights } from './weights'
export type { RankCandidate, RankOptions } from './rank'
export type { CorpusStats, DocFeatures, ScoredId, SimilarityDoc, SimilarityIndex } from './types'
