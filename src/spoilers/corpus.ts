import { readdirSync, readFileSync } from 'node:fs'

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

/**
 * One data file under src/spoilers/data/{dev,frozen}/: a drama (null for sections about no known
 * drama) and its sections as [spoiler, episode, class, voice, text, heading?]. Keeping one drama per
 * file makes leave-one-drama-out cross-validation a matter of files.
 */
type DataFile = {
  drama: DramaInfo | null
  sections: Array<[boolean, number | null, string, string, string, string?]>
}

/** A labelled section with the voice it was written in (news, recap, review, comment, ...). */
export type VoicedSection = LabelledSection & { voice?: string }

function readDataDir(dir: 'dev' | 'frozen'): { dramas: DramaInfo[]; sections: VoicedSection[] } {
  const base = new URL(`./data/${dir}/`, import.meta.url)
  const dramas: DramaInfo[] = []
  const sections: VoicedSection[] = []
  for (const name of readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(new URL(name, base), 'utf8')) as DataFile
    if (file.drama) dramas.push(file.drama)
    const slug = name.replace(/\.json$/, '')
    file.sections.forEach(([spoiler, episode, trap, voice, text, heading], i) =>
      sections.push({
        id: `${dir}-${slug}-${i + 1}`,
        heading,
        text,
        spoiler,
        drama: file.drama?.title ?? null,
        episode: spoiler ? episode : null,
        trap,
        voice,
        split: dir === 'dev' ? 'train' : 'heldout',
      }),
    )
  }
  return { dramas, sections }
}

/** The whole development corpus: the original fixtures plus src/spoilers/data/dev. */
export function loadDevCorpus(): { dramas: DramaInfo[]; sections: VoicedSection[] } {
  const fixtures = loadCorpus()
  const dev = readDataDir('dev')
  return {
    dramas: [...fixtures.dramas, ...dev.dramas],
    sections: [...fixtures.sections, ...dev.sections],
  }
}

/**
 * The frozen test split (src/spoilers/data/frozen), written before the engine changes of issue 12,
 * in other voices and about dramas the development data never uses. Scored only by
 * `npm run eval:spoilers -- --frozen`; nothing is tuned on it.
 */
export function loadFrozenSplit(): { dramas: DramaInfo[]; sections: VoicedSection[] } {
  return readDataDir('frozen')
}
