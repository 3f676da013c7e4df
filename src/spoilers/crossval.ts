// Leave-one-drama-out cross-validation: for every drama (and the group of sections about no known
// drama), the scorer is refitted, with its regularisation and threshold chosen by grouped CV on the
// other groups only, and then scores the held-out drama's sections. Lexicon-free steps (drama
// attribution, episode picking) have no fitted parameters, so they are scored as they are.
import type { SectionScorer } from './detect'
import type { LogisticModel } from './logistic'
import type { DramaInfo, SpoilerVerdict } from './types'
import type { LabelledSection } from './corpus'
import { analyzeForModel, detectSectionSpoilers } from './detect'
import { buildSpoilerLexicon } from './lexicon'
import { predictLogistic, selectAndFit } from './logistic'

/** Which features a run keeps (the rest are zeroed), for ablations. */
export type FeatureMask = (name: string) => boolean

/** A fitted model as a scorer for detectSectionSpoilers. */
export function scorerOf(model: LogisticModel, keep?: boolean[]): SectionScorer {
  return {
    logit: (features) => {
      const row = keep ? features.map((v, j) => (keep[j] ? v : 0)) : features
      const p = predictLogistic(model, row)
      return Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9))
    },
    threshold: model.threshold,
  }
}

export const groupOf = (s: LabelledSection): string => s.drama ?? '(no drama)'

/** Verdicts for every section, each from a model that never saw its drama. */
export function leaveOneDramaOut(
  dramas: DramaInfo[],
  sections: LabelledSection[],
  featureNames: readonly string[],
  mask?: FeatureMask,
): SpoilerVerdict[] {
  const context = { dramas }
  const lexicon = buildSpoilerLexicon(dramas)
  const keep = featureNames.map((n) => (mask ? mask(n) : true))
  const x = sections.map((s) =>
    analyzeForModel(s, lexicon).analysis.features.map((v, j) => (keep[j] ? v : 0)),
  )
  const y = sections.map((s) => (s.spoiler ? 1 : 0))
  const groups = sections.map(groupOf)
  const verdicts = new Array<SpoilerVerdict>(sections.length)
  for (const held of new Set(groups)) {
    const train = { x: [] as number[][], y: [] as number[] }
    const trainGroups: string[] = []
    groups.forEach((g, i) => {
      if (g === held) return
      train.x.push(x[i])
      train.y.push(y[i])
      trainGroups.push(g)
    })
    const scorer = scorerOf(selectAndFit(train, trainGroups), keep)
    groups.forEach((g, i) => {
      if (g === held) verdicts[i] = detectSectionSpoilers(sections[i], context, undefined, scorer)
    })
  }
  return verdicts
}
