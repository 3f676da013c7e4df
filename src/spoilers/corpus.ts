import { readFileSync } from 'node:fs'

import type { DramaInfo } from './types'

/** One labelled section of the development corpus (test/fixtures/spoilers/sections.json). */
export type LabelledSection = {
  id: string
  heading?: string
  text: string
  spoiler: boolean
  drama: string | null
  episode: number | null
  /** Which trap the section was written to exercise, e.g. 'premise', 'trigger', 'alias'. */
  trap?: string
  /**
   * 'heldout': never used for training. It holds every section about six dramas the model never
   * trained on (Vincenzo, Signal, Start-Up, Hotel del Luna, Reply 1988, She Was Pretty), a third of
   * the no-drama sections, and three stress batches written after the features were designed.
   */
  split: 'train' | 'heldout'
}

// Development tooling only (eval, train, bench, tests); the engine itself never reads files.
const FIXTURES = new URL('../../test/fixtures/spoilers/', import.meta.url)

/** The development corpus: dramas for the context and labelled sections. */
export function loadCorpus(): { dramas: DramaInfo[]; sections: LabelledSection[] } {
  const read = <T>(name: string): T =>
    JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T
  return {
    dramas: read<DramaInfo[]>('dramas.json'),
    sections: read<LabelledSection[]>('sections.json'),
  }
}
