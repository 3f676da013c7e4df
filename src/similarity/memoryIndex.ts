import { DEFAULT_KEY_TERMS, selectKeys } from './candidates'
import { compileCatalogue } from './catalogue'
import { extractFeatures } from './features'
import { DEFAULT_MAX_CANDIDATES, rankPool, topByOverlap } from './rank'
import { prepareFeatures } from './score'
import { inverseDocumentFrequency } from './stats'
import { DEFAULT_WEIGHTS } from './weights'

import type { EntityCatalogue } from './catalogue'
import type { RankOptions } from './rank'
import type { PreparedDoc } from './score'
import type { CorpusStats, DocFeatures, ScoredId, SimilarityDoc } from './types'

/**
 * The in-memory index: a synchronous `SimilarityIndex` (assignable to it) with a few read-only
 * extras for tests and tooling.
 */
export type MemorySimilarityIndex = {
  upsert(doc: SimilarityDoc): void
  remove(id: string): void
  similarTo(id: string, limit: number): ScoredId[]
  size(): number
  /** A snapshot of the corpus statistics, equal to `addToStats` over every document. */
  stats(): CorpusStats
  /** The lookup keys currently stored for `id`. */
  keysOf(id: string): string[] | undefined
}

/** Options of the in-memory index: ranking options plus the catalogue used for entity linking. */
export type IndexOptions = RankOptions & {
  /** Dramas (title, aliases, characters, cast) and people that mentions in the text link to. */
  catalogue?: EntityCatalogue
}

type Entry = {
  id: string
  slot: number
  doc: PreparedDoc<number>
  statIds: Int32Array
  keyIds: Int32Array
}

// Lookup keys depend on corpus statistics; recomputing them whenever the corpus has doubled keeps
// early documents findable at amortised O(1) cost per insert.
const MIN_REFRESH_DOCS = 32

/**
 * In-memory similar-articles index built on the layered API (features, corpus stats, lookup
 * keys, `rankPool`). Terms and keys are interned to integers, documents live in numbered slots
 * and vectors in typed arrays, so 100k articles fit comfortably and candidate lookup is a pass
 * over integer posting lists. Results equal `rankCandidates` over the same corpus.
 */
export function createSimilarityIndex(
  docs: SimilarityDoc[] = [],
  options: IndexOptions = {},
): MemorySimilarityIndex {
  const extractOptions = {
    catalogue: options.catalogue ? compileCatalogue(options.catalogue) : undefined,
  }
  const weights = options.weights ?? DEFAULT_WEIGHTS
  const keyTerms = options.keyTerms ?? DEFAULT_KEY_TERMS
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES
  let docCount = 0
  let snapshot: CorpusStats | null = null
  const refs = new Map<string, number>()
  const labels: string[] = []
  const dfByRef: number[] = []
  const slotOf = new Map<string, number>()
  const slots: Array<Entry | undefined> = []
  const freeSlots: number[] = []
  // Posting lists of slots per lookup key; order is irrelevant, so removal is swap-and-pop.
  const postings: number[][] = []
  let overlap = new Float64Array(0)
  let refreshedAt = 0

  const intern = (key: string): number => {
    let ref = refs.get(key)
    if (ref === undefined) {
      ref = labels.length
      refs.set(key, ref)
      labels.push(key)
      dfByRef.push(0)
      postings.push([])
    }
    return ref
  }
  const label = (ref: number) => labels[ref]!
  const df = (ref: number) => dfByRef[ref]!
  const idf = (ref: number) => inverseDocumentFrequency(dfByRef[ref]!, docCount)

  const count = (entry: Entry, delta: 1 | -1) => {
    for (const ref of entry.statIds) dfByRef[ref]! += delta
    docCount += delta
    snapshot = null
  }

  const unpost = (entry: Entry) => {
    for (const ref of entry.keyIds) {
      const list = postings[ref]!
      const at = list.lastIndexOf(entry.slot)
      if (at >= 0) {
        list[at] = list[list.length - 1]!
        list.pop()
      }
    }
  }

  const post = (entry: Entry) => {
    entry.keyIds = Int32Array.from(selectKeys(entry.doc, idf, df, docCount, keyTerms, label))
    for (const ref of entry.keyIds) postings[ref]!.push(entry.slot)
  }

  const unlink = (id: string) => {
    const slot = slotOf.get(id)
    if (slot === undefined) return
    const entry = slots[slot]!
    unpost(entry)
    count(entry, -1)
    slots[slot] = undefined
    slotOf.delete(id)
    freeSlots.push(slot)
  }

  const add = (id: string, features: DocFeatures): Entry => {
    const prepared = prepareFeatures(features, intern, weights.titleBoost)
    const slot = freeSlots.pop() ?? slots.length
    const entry: Entry = {
      id,
      slot,
      doc: {
        ...prepared,
        terms: Int32Array.from(prepared.terms as number[]),
        tf: compactCounts(prepared.tf as number[]),
        kind: Uint8Array.from(prepared.kind as number[]),
        people: Int32Array.from(prepared.people as number[]),
        dramas: Int32Array.from(prepared.dramas as number[]),
        tags: Int32Array.from(prepared.tags as number[]),
      },
      // Same keys, same order as `statKeys`: distinct terms, then people, dramas and tags.
      statIds: Int32Array.from([
        ...(prepared.terms as number[]),
        ...(prepared.people as number[]),
        ...(prepared.dramas as number[]),
        ...(prepared.tags as number[]),
      ]),
      keyIds: new Int32Array(0),
    }
    slots[slot] = entry
    slotOf.set(id, slot)
    count(entry, 1)
    return entry
  }

  const refreshAll = () => {
    // Rebuilding every list is linear; unposting document by document would be quadratic.
    for (const list of postings) list.length = 0
    for (const entry of slots) if (entry) post(entry)
    refreshedAt = docCount
  }

  // Bulk load: count everything first so every document's keys see the final statistics.
  for (const doc of docs) {
    unlink(doc.id)
    add(doc.id, extractFeatures(doc, extractOptions))
  }
  refreshAll()

  return {
    upsert(doc) {
      const features = extractFeatures(doc, extractOptions)
      unlink(doc.id)
      post(add(doc.id, features))
      if (docCount >= Math.max(MIN_REFRESH_DOCS, 2 * refreshedAt)) refreshAll()
    },
    remove(id) {
      unlink(id)
    },
    similarTo(id, limit) {
      const slot = slotOf.get(id)
      if (slot === undefined || !(limit > 0)) return []
      const query = slots[slot]!
      if (overlap.length < slots.length) overlap = new Float64Array(slots.length * 2)
      // Sum the IDF of shared keys per candidate, in query-key order like `rankCandidates`.
      const touched: number[] = []
      for (const ref of query.keyIds) {
        const weight = idf(ref)
        for (const other of postings[ref]!) {
          if (other === slot) continue
          if (overlap[other] === 0) touched.push(other)
          overlap[other]! += weight
        }
      }
      const sums = Float64Array.from(touched, (other) => overlap[other]!)
      for (const other of touched) overlap[other] = 0
      const chosen = topByOverlap(sums, (i) => slots[touched[i]!]!.id, maxCandidates)
      const pool = chosen.map((i) => {
        const entry = slots[touched[i]!]!
        return { id: entry.id, overlap: sums[i]!, doc: entry.doc }
      })
      return rankPool(query.doc, pool, idf, limit, maxCandidates, weights, options.formatDiversity)
    },
    size: () => slotOf.size,
    // Built on demand: a string-keyed object with a million keys is slow to update per insert.
    stats: () => (snapshot ??= materializeStats(labels, dfByRef, docCount)),
    keysOf: (id) => {
      const slot = slotOf.get(id)
      return slot === undefined ? undefined : Array.from(slots[slot]!.keyIds, label)
    },
  }
}

function materializeStats(labels: string[], dfByRef: number[], docCount: number): CorpusStats {
  const df: Record<string, number> = Object.create(null)
  for (let ref = 0; ref < labels.length; ref++)
    if (dfByRef[ref]! > 0) df[labels[ref]!] = dfByRef[ref]!
  return { docCount, df }
}

/** Float32 halves the memory of counts; only used when every value survives the round trip. */
function compactCounts(values: number[]): Float32Array | Float64Array {
  return values.every((v) => Math.fround(v) === v)
    ? Float32Array.from(values)
    : Float64Array.from(values)
}
