import { loadCorpus } from '../../src/spoilers/corpus'
import {
  buildSpoilerLexicon,
  detectSectionSpoilers,
  detectSpoilers,
  lexiconFor,
} from '../../src/spoilers/index'

const { dramas } = loadCorpus()
const context = { dramas }

// Sections written for these tests only (not in the corpus), one per trap kind.
describe('detectSpoilers traps', () => {
  it('treats premise-level setup as no spoiler even when it contains a death', () => {
    const v = detectSpoilers(
      {
        text: "Itaewon Class begins when Park Sae Ro Yi's father is killed in a hit-and-run, and the young man is sent to prison after he attacks the chairman's son. The drama follows his long plan for revenge.",
      },
      context,
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Itaewon Class')
    expect(v.episode).toBeNull()
  })

  it('does not fire on trigger words in ratings news', () => {
    const v = detectSpoilers(
      {
        heading: 'Record night',
        text: 'The finale of Goblin drew a record rating of more than twenty percent nationwide, the best cable figure at the time. The drama aired on Fridays and Saturdays.',
      },
      context,
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Goblin')
    expect(v.reasons).toContain('reads as ratings news')
  })

  it('catches a spoiler with no episode number and no death, kiss or reveal keyword', () => {
    const v = detectSpoilers(
      {
        text: 'Ae Ra walks out of the department store for good and sits behind the microphone at the arena, and Dong Man grins from the cage as she calls his name.',
      },
      context,
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Fight for My Way')
  })

  it('attributes a section that names the drama only by its alias', () => {
    const v = detectSpoilers(
      {
        text: 'Fight My Way remains a favorite among fans of friends-to-lovers romances, and its soundtrack still charts on streaming services.',
      },
      context,
    )
    expect(v.drama).toBe('Fight for My Way')
    expect(v.spoiler).toBe(false)
  })

  it('attributes a section that names only characters by their given names', () => {
    const v = detectSpoilers(
      {
        text: 'Young Joon kneels in front of Mi So with a ring, and she says yes before he can finish the speech he rehearsed.',
      },
      context,
    )
    expect(v.drama).toBe("What's Wrong with Secretary Kim")
    expect(v.spoiler).toBe(true)
    expect(v.reasons).toContain('names characters Lee Young Joon and Kim Mi So')
  })

  it("keeps the section's drama when it lists an actor's other work", () => {
    const v = detectSpoilers(
      {
        text: 'Park Seo Joon, who previously starred in She Was Pretty and Fight for My Way, was confirmed to play the pub owner in Itaewon Class.',
      },
      context,
    )
    expect(v.drama).toBe('Itaewon Class')
    expect(v.spoiler).toBe(false)
  })

  it('returns no drama for a section about none of the known dramas', () => {
    const v = detectSpoilers(
      {
        text: 'Broadcasters are cutting their weeknight drama slots as production costs rise, and several networks will air fewer series next year.',
      },
      context,
    )
    expect(v.drama).toBeNull()
    expect(v.spoiler).toBe(false)
  })

  it('reports the episode and human-readable reasons for an episode spoiler', () => {
    const v = detectSpoilers(
      {
        text: 'In episode 12, Mi So finally kisses Young Joon in his office, and he tells her he has loved her for years.',
      },
      context,
    )
    expect(v.spoiler).toBe(true)
    expect(v.episode).toBe(12)
    expect(v.reasons).toEqual(expect.arrayContaining(['mentions episode 12', 'describes a kiss']))
  })

  it('resolves "the finale" to the drama episode count', () => {
    const v = detectSpoilers(
      {
        text: 'In the Crash Landing on You finale, Seung Jun is shot protecting Seo Dan and dies in her arms.',
      },
      context,
    )
    expect(v.spoiler).toBe(true)
    expect(v.episode).toBe(16)
    expect(v.reasons).toContain('describes a death')
  })

  it('handles curly quotes and odd capitalization in titles', () => {
    const v = detectSpoilers(
      {
        text: 'Fans of “what’s wrong with secretary kim” will find the same office comedy in the new series, which starts filming in May.',
      },
      context,
    )
    expect(v.drama).toBe("What's Wrong with Secretary Kim")
  })

  it('is synchronous and scores in 0..1', () => {
    const v = detectSpoilers({ heading: null, text: 'Eun Tak dies saving the children.' }, context)
    expect(v).not.toBeInstanceOf(Promise)
    expect(v.score).toBeGreaterThanOrEqual(0)
    expect(v.score).toBeLessThanOrEqual(1)
  })
})

describe('detectSpoilers without plot', () => {
  it.each([
    'Ten years on, here are the moments we still talk about.',
    'Here is everything you need to know before you press play.',
    '',
  ])('does not call %j a spoiler', (text) => {
    const v = detectSpoilers({ text }, context)
    expect(v.spoiler).toBe(false)
    expect(v.episode).toBeNull()
  })

  it('treats a past-tense recap naming only characters as a spoiler', () => {
    const v = detectSpoilers(
      {
        text: 'Hae In walked into the boardroom, fired Eun Seong on the spot and left without looking back.',
      },
      context,
    )
    expect(v.spoiler).toBe(true)
    expect(v.drama).toBe('Queen of Tears')
  })

  it('treats speculation as no spoiler', () => {
    const v = detectSpoilers(
      {
        text: 'Will Se Ri and Jeong Hyeok end up together? Fans have theories, and the preview offers few clues.',
      },
      context,
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Crash Landing on You')
  })
})

describe('lexicon caching', () => {
  it('builds the lexicon once per context object', () => {
    const ctx = { dramas: dramas.slice(0, 5) }
    expect(lexiconFor(ctx)).toBe(lexiconFor(ctx))
    expect(lexiconFor({ dramas: ctx.dramas })).not.toBe(lexiconFor(ctx))
  })

  it('indexes given names, joined given names and Western-order actor names', () => {
    const lexicon = buildSpoilerLexicon(dramas)
    const phrases = [...lexicon.byFirstKey.values()]
      .flat()
      .map((e) => `${e.kind}:${e.keys.join(' ')}`)
    expect(phrases).toEqual(
      expect.arrayContaining([
        'given-name:mi so',
        'given-name:miso',
        'actor:seo jun park',
        'alias:fight my way',
      ]),
    )
  })
})

describe('detectSectionSpoilers with scene evidence', () => {
  it("uses the linked scene's drama and episode", () => {
    const v = detectSectionSpoilers(
      { heading: 'The sword', text: 'She grips the hilt, closes her eyes and pulls.' },
      context,
      { drama: 'Goblin', episode: 13 },
    )
    expect(v.drama).toBe('Goblin')
    expect(v.spoiler).toBe(true)
    expect(v.episode).toBe(13)
    expect(v.reasons).toContain('linked to a scene from Goblin')
  })

  it('keeps the later episode when the text reveals more than the scene', () => {
    const v = detectSectionSpoilers(
      { text: 'The moment pays off in the finale, when Eun Tak dies saving the children.' },
      context,
      { drama: 'Goblin', episode: 10 },
    )
    expect(v.episode).toBe(16)
  })

  it('reports a scene drama that the context does not know', () => {
    const v = detectSectionSpoilers(
      { text: 'The chef wakes up in the body of the queen and screams.' },
      context,
      { drama: 'Mr. Queen', episode: 1 },
    )
    expect(v.drama).toBe('Mr. Queen')
    expect(v.spoiler).toBe(true)
    expect(v.episode).toBe(1)
  })

  it('lets clearly non-plot text linked to a scene through', () => {
    const v = detectSectionSpoilers(
      {
        text: 'This scene was filmed in Quebec City, and the production team said the crew spent a week on location.',
      },
      context,
      { drama: 'Goblin', episode: 9 },
    )
    expect(v.spoiler).toBe(false)
    expect(v.drama).toBe('Goblin')
    expect(v.episode).toBeNull()
  })
})
