// Evaluates the spoiler engine: the committed model on the original fixtures (overall and their
// held-out split) and on the whole development corpus (fixtures + src/spoilers/data/dev), then
// leave-one-drama-out cross-validation, which refits the scorer for every drama without it.
// Run: npm run eval:spoilers [-- --ablation] [-- --cv-errors] [-- --errors] [-- --frozen]
//   --ablation   LODO again with the wink-nlp layer (off by default), without the sentence cues,
//                and without the cues but with wink
//   --cv-errors  lists the sections LODO gets wrong (development data only)
//   --frozen     scores the frozen test split (src/spoilers/data/frozen); never tune on its errors
import type { LabelledSection } from './corpus'
import type { SpoilerVerdict } from './types'
import { loadCorpus, loadDevCorpus, loadFrozenSplit } from './corpus'
import { groupOf, leaveOneDramaOut } from './crossval'
import { FEATURE_NAMES } from './features'
import { SENTENCE_CUE_NAMES } from './sentenceCues'
import { setSyntaxLayer } from './syntax'
import { detectSpoilers } from './index'

function printErrors(sections: LabelledSection[], verdicts: SpoilerVerdict[]): void {
  sections.forEach((s, i) => {
    const v = verdicts[i]
    const wrong =
      v.spoiler !== s.spoiler || v.drama !== s.drama || (s.spoiler && v.episode !== s.episode)
    if (!wrong) return
    console.log(
      `\n${s.id} [${s.trap}]: label spoiler=${s.spoiler} drama=${s.drama} ep=${s.episode}; ` +
        `got spoiler=${v.spoiler} (${v.score}) drama=${v.drama} ep=${v.episode}\n  ${v.reasons.join('; ')}\n  ${s.text}`,
    )
  })
}

/** Per trap class: sections, and the share whose spoiler label is right. */
function printByClass(sections: LabelledSection[], verdicts: SpoilerVerdict[]): void {
  const by = new Map<string, { n: number; ok: number }>()
  sections.forEach((s, i) => {
    const key = `${s.trap ?? 'plain'}${s.spoiler ? '+' : '-'}`
    const row = by.get(key) ?? { n: 0, ok: 0 }
    row.n++
    if (verdicts[i].spoiler === s.spoiler) row.ok++
    by.set(key, row)
  })
  const line = [...by]
    .sort()
    .map(([k, v]) => `${k} ${v.ok}/${v.n}`)
    .join(', ')
  console.log(`  label accuracy by class (+ spoiler, - not): ${line}`)
}

/** Corpus-level scores for one set of sections. */
export type SpoilerScores = {
  sections: number
  precision: number
  recall: number
  f1: number
  dramaAccuracy: number
  /** Over sections labelled as spoilers: predicted episode equals the labelled one. */
  episodeAccuracy: number
}

/** Scores verdicts against labels: spoiler P/R/F1, drama attribution and episode accuracy. */
export function scoreVerdicts(
  labelled: LabelledSection[],
  verdicts: SpoilerVerdict[],
): SpoilerScores {
  let tp = 0
  let fp = 0
  let fn = 0
  let drama = 0
  let episode = 0
  let spoilers = 0
  labelled.forEach((s, i) => {
    const v = verdicts[i]
    if (v.spoiler && s.spoiler) tp++
    else if (v.spoiler) fp++
    else if (s.spoiler) fn++
    if (v.drama === s.drama) drama++
    if (s.spoiler) {
      spoilers++
      if (v.episode === s.episode) episode++
    }
  })
  const precision = tp + fp ? tp / (tp + fp) : 0
  const recall = tp + fn ? tp / (tp + fn) : 0
  return {
    sections: labelled.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dramaAccuracy: labelled.length ? drama / labelled.length : 0,
    episodeAccuracy: spoilers ? episode / spoilers : 0,
  }
}

/** Runs the engine over the development corpus. */
export function evaluateCorpus(): {
  all: SpoilerScores
  heldout: SpoilerScores
  rows: Array<{ section: LabelledSection; verdict: SpoilerVerdict }>
} {
  const { dramas, sections } = loadCorpus()
  const context = { dramas }
  const verdicts = sections.map((s) => detectSpoilers(s, context))
  const heldout = sections
    .map((s, i) => [s, verdicts[i]] as const)
    .filter(([s]) => s.split === 'heldout')
  return {
    all: scoreVerdicts(sections, verdicts),
    heldout: scoreVerdicts(
      heldout.map(([s]) => s),
      heldout.map(([, v]) => v),
    ),
    rows: sections.map((section, i) => ({ section, verdict: verdicts[i] })),
  }
}

function format(name: string, s: SpoilerScores): string {
  const pct = (v: number): string => v.toFixed(3)
  return (
    `${name.padEnd(9)} n=${String(s.sections).padEnd(4)} precision ${pct(s.precision)}  recall ` +
    `${pct(s.recall)}  F1 ${pct(s.f1)}  drama ${pct(s.dramaAccuracy)}  episode ${pct(s.episodeAccuracy)}`
  )
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const result = evaluateCorpus()
  console.log('Original fixtures (test/fixtures/spoilers), committed model:')
  console.log(format('all', result.all))
  console.log(format('held-out', result.heldout))
  const dev = loadDevCorpus()
  const devContext = { dramas: dev.dramas }
  const groups = new Set(dev.sections.map(groupOf)).size
  console.log(`\nDevelopment corpus (fixtures + src/spoilers/data/dev), ${groups} groups:`)
  console.log(
    format(
      'committed',
      scoreVerdicts(
        dev.sections,
        dev.sections.map((s) => detectSpoilers(s, devContext)),
      ),
    ),
  )
  const cv = leaveOneDramaOut(dev.dramas, dev.sections, FEATURE_NAMES)
  console.log(format('LODO-CV', scoreVerdicts(dev.sections, cv)))
  printByClass(dev.sections, cv)
  if (process.argv.includes('--cv-errors')) printErrors(dev.sections, cv)
  if (process.argv.includes('--ablation')) {
    // What each layer adds, measured the same honest way (each run refits per held-out drama).
    const cues = new Set<string>(SENTENCE_CUE_NAMES)
    const runs: Array<[string, (n: string) => boolean, boolean]> = [
      ['+wink', () => true, true],
      ['-cues', (n) => !cues.has(n), false],
      ['-cues+wink', (n) => !cues.has(n), true],
    ]
    for (const [name, mask, wink] of runs) {
      setSyntaxLayer(wink)
      const verdicts = leaveOneDramaOut(dev.dramas, dev.sections, FEATURE_NAMES, mask)
      setSyntaxLayer(false)
      console.log(format(name, scoreVerdicts(dev.sections, verdicts)))
    }
  }
  if (process.argv.includes('--frozen')) {
    // Scored once, at the end: dramas of both sets are known, as they would be in the CMS.
    const frozen = loadFrozenSplit()
    const context = { dramas: [...dev.dramas, ...frozen.dramas] }
    const verdicts = frozen.sections.map((s) => detectSpoilers(s, context))
    console.log(`\nFrozen test split (src/spoilers/data/frozen), committed model:`)
    console.log(format('frozen', scoreVerdicts(frozen.sections, verdicts)))
    printByClass(frozen.sections, verdicts)
  }
  if (process.argv.includes('--errors')) {
    for (const { section: s, verdict: v } of result.rows) {
      const wrong =
        v.spoiler !== s.spoiler || v.drama !== s.drama || (s.spoiler && v.episode !== s.episode)
      if (!wrong) continue
      console.log(
        `\n[${s.split}] ${s.id}: label spoiler=${s.spoiler} drama=${s.drama} ep=${s.episode}; ` +
          `got spoiler=${v.spoiler} (${v.score}) drama=${v.drama} ep=${v.episode}\n  ${v.reasons.join('; ')}\n  ${s.text}`,
      )
    }
  }
}
