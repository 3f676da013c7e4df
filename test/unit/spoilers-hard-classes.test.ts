import { loadDevCorpus } from '../../src/spoilers/corpus'
import { detectSpoilers } from '../../src/spoilers/index'
import {
  copulaReveal,
  sentenceCueCounts,
  SENTENCE_CUE_NAMES,
} from '../../src/spoilers/sentenceCues'
import { setSyntaxLayer, syntaxCues } from '../../src/spoilers/syntax'

// Examples written for these tests only (not in the corpus or the frozen split), one or more per
// hard class of issue 12, against the 65 development dramas as the newsroom's catalogue.
const { dramas } = loadDevCorpus()
const context = { dramas }
const tag = (text: string, heading?: string): ReturnType<typeof detectSpoilers> =>
  detectSpoilers({ heading, text }, context)
const cue = (name: (typeof SENTENCE_CUE_NAMES)[number], sentence: string): number =>
  sentenceCueCounts([sentence])[SENTENCE_CUE_NAMES.indexOf(name)]

describe('spoilers with no spoiler vocabulary', () => {
  it('catches an identity reveal told as a plain copula sentence', () => {
    const v = tag(
      'The editor Young-shin trusted all season, Kim Moon-sik, is the man who buried her father’s story.',
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Healer')
  })

  it('catches a fate told by what no longer happens', () => {
    const v = tag(
      'Oh Sang-sik never makes it back to his desk after the audit at One International.',
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Misaeng')
    expect(v.episode).toBeNull()
  })

  it('catches an endgame couple', () => {
    const v = tag('Kim Tan ends up with Cha Eun-sang after all, whatever his mother says.')
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('The Heirs')
  })

  it('reads a finale time skip and resolves the finale to the last episode', () => {
    const v = tag(
      'The final hour moves everyone ten years on: Bok-joo coaches the national team, and Joon-hyung still carries her bag.',
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Weightlifting Fairy Kim Bok Joo')
    expect(v.episode).toBe(16)
  })

  it('catches an event placed only by vague time', () => {
    const v = tag('Toward the end, Dal-po turns down the anchor chair so that In-ha can take it.')
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Pinocchio')
    expect(v.episode).toBeNull()
  })

  it('treats a premiere event as a spoiler of episode 1', () => {
    const v = tag(
      'The premiere closes with Dal-geon clinging to the side of a moving car to catch the lobbyist who sold out the families.',
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Vagabond')
    expect(v.episode).toBe(1)
  })

  it('attributes and catches a section that names only characters', () => {
    const v = tag('Ra-im takes the blame for Joo-won at the stunt school and walks out of the gym.')
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Secret Garden')
  })

  it('attributes and catches a section that names only actors', () => {
    const v = tag(
      'Lee Jong-suk carrying Han Hyo-joo out of the burning studio is the scene I rewatch the most.',
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('W: Two Worlds')
  })
})

describe('false spoilers', () => {
  it('leaves a logline with plot verbs alone', () => {
    const v = tag(
      'Mr. Queen: a Blue House chef goes under in a swimming pool and wakes up in the body of a Joseon queen, married to a king she cannot read.',
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Mr. Queen')
  })

  it('leaves a poll item that names a scene without telling it', () => {
    const v = tag(
      'Readers voted the rooftop chase from Healer the best action scene of the decade in our annual poll.',
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Healer')
  })

  it('leaves a fashion item alone', () => {
    const v = tag(
      "Ku Hye-sun's school blazer from Boys Over Flowers is back in stores, and the curly F4 perm is trending again.",
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Boys Over Flowers')
  })

  it('leaves an OST chart item alone', () => {
    const v = tag('The Lovely Runner soundtrack climbed back to the top of the charts this week.')
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Lovely Runner')
  })
})

describe('sentence cues', () => {
  it('separates copula reveals from premise descriptions', () => {
    expect(copulaReveal('the kindly neighbour is the arsonist.')).toBe(true)
    expect(copulaReveal('xcharx is xcharx.')).toBe(true)
    expect(copulaReveal('xcharx is a lawyer who hates lies.')).toBe(false)
    expect(copulaReveal('xtitlex is the story of a chef.')).toBe(false)
  })

  it('finds fates, time skips, vague placement and loglines', () => {
    expect(cue('fateNegated', 'xcharx is not seen again after the fire.')).toBe(1)
    expect(cue('fateNegated', 'xcharx does not like the new office.')).toBe(0)
    expect(cue('timeSkip', 'the final hour moves everyone ten years on.')).toBe(1)
    expect(cue('placement', 'in the back half, xcharx finds the letter.')).toBe(1)
    expect(cue('titlePremise', 'xtitlex sees a loyal company man murdered by his employers.')).toBe(
      1,
    )
  })

  it('reads copulas and negated events with part of speech and negation when switched on', () => {
    expect(syntaxCues('xcharx is xcharx.')).toEqual([0, 0])
    setSyntaxLayer(true)
    expect(syntaxCues('xcharx is xcharx.')[0]).toBe(1)
    expect(syntaxCues('xcharx is beaten by the guards.')[0]).toBe(0)
    expect(syntaxCues('xcharx does not come home from the mission.')[1]).toBe(1)
    expect(syntaxCues('xcharx does not feel anything.')[1]).toBe(0)
    setSyntaxLayer(false)
  })
})
