import {
  DEFAULT_WEIGHTS,
  compileCatalogue,
  createSimilarityIndex,
  extractFeatures,
  findMentions,
} from '../../src/similarity'

import type { EntityCatalogue, SimilarityDoc } from '../../src/similarity'

// Entity linking and the distractor kinds, on small hand-made corpora (none of these sentences
// is in the development or test fixtures).

const catalogue: EntityCatalogue = {
  dramas: [
    {
      key: 'signal',
      title: 'Signal',
      characters: ['Park Hae-young', 'Lee Jae-han'],
      cast: ['lee-je-hoon', 'kim-hye-soo'],
    },
    {
      key: 'sweet-home',
      title: 'Sweet Home',
      characters: ['Cha Hyun-su'],
      cast: ['song-kang', 'lee-jin-wook'],
    },
    { key: 'my-demon', title: 'My Demon', characters: ['Jung Gu-won'], cast: ['song-kang'] },
    {
      key: 'queen-of-tears',
      title: 'Queen of Tears',
      characters: ['Hong Hae-in'],
      cast: ['kim-ji-won', 'kim-soo-hyun'],
    },
    { key: 'moving', title: 'Moving', characters: ['Kim Bong-seok'], cast: ['zo-in-sung'] },
  ],
}
const compiled = compileCatalogue(catalogue)
const mentions = (text: string, known: string[] = []) => findMentions(compiled, [text], known)

describe('entity linking with the catalogue', () => {
  it('links a short title only when something confirms it is the drama', () => {
    expect(mentions('Signal returns to tvN next spring.').dramas).toEqual(['signal'])
    expect(mentions('The girl group released Signal, their new single.').dramas).toEqual([])
    expect(mentions('Signal is back, and Lee Je-hoon is in it.').dramas).toEqual(['signal'])
    expect(mentions('Signal, we hear, is back.', ['signal']).dramas).toEqual(['signal'])
  })

  it('never links a common noun or a longer name that contains a title', () => {
    expect(mentions('Moving house in Seoul is stressful in March.').dramas).toEqual([])
    expect(mentions('moving scenes from the finale of the series').dramas).toEqual([])
    expect(mentions('Lynyrd Skynyrd played Sweet Home Alabama on the drama set.').dramas).toEqual(
      [],
    )
  })

  it('links a long title by itself and a drama from its characters alone', () => {
    expect(mentions('I finally finished Queen of Tears last night.').dramas).toEqual([
      'queen-of-tears',
    ])
    expect(mentions('Hong Hae-in is so lonely in that mansion.').dramas).toEqual(['queen-of-tears'])
  })

  it('finds cast members, but one actor does not stand for every show they were in', () => {
    const found = mentions('Actor Song Kang begins his military service on Monday.')
    expect(found.people).toEqual(['song-kang'])
    expect(found.dramas).toEqual([])
  })

  it('adds linked entities to the features of an article with empty relations', () => {
    const doc: SimilarityDoc = {
      id: 'letter',
      title: 'Reader letter',
      body: 'Park Hae-young and Lee Jae-han talking across the years made me cry.',
      dramas: [],
      people: [],
      tags: [],
    }
    expect(extractFeatures(doc).dramas).toEqual([])
    expect(extractFeatures(doc, { catalogue: compiled }).dramas).toEqual(['signal'])
  })
})

const article = (
  id: string,
  title: string,
  body: string,
  extra: Partial<SimilarityDoc> = {},
): SimilarityDoc => ({ id, title, body, dramas: [], people: [], tags: [], ...extra })

// A small archive: ratings briefs, romance lists and one article of each distractor kind.
const archive: SimilarityDoc[] = [
  article(
    'qot-ratings',
    'Queen of Tears sets a tvN ratings record',
    'The finale of Queen of Tears drew 24.9 percent nationwide according to Nielsen Korea, the highest rating in the channel history.',
    {
      dramas: ['queen-of-tears'],
      people: ['kim-soo-hyun', 'kim-ji-won'],
      tags: ['ratings'],
      format: 'news',
    },
  ),
  article(
    'qot-romance',
    'Hyun-woo and Hae-in: the ten most romantic scenes',
    'The kiss in the rain, the confession at the hospital and the dance at the wedding anniversary: a couple in love all over again.',
    {
      dramas: ['queen-of-tears'],
      people: ['kim-soo-hyun', 'kim-ji-won'],
      tags: ['romance'],
      format: 'listicle',
    },
  ),
  article(
    'demon-romance',
    'My Demon: the ten most romantic scenes',
    'The kiss under the umbrella, the confession on the bridge and the dance in Italy: the demon and the heiress fall in love.',
    { dramas: ['my-demon'], people: ['song-kang'], tags: ['romance'], format: 'listicle' },
  ),
  article(
    'sweethome-romance',
    'Sweet Home has a love story too',
    'Between the monsters, Cha Hyun-su and his neighbour share a quiet confession and one kiss on the roof: romance in the apocalypse.',
    { dramas: ['sweet-home'], people: ['song-kang'], tags: ['romance'], format: 'listicle' },
  ),
  article(
    'demon-ratings',
    'My Demon ends with modest ratings',
    'The fantasy romance finished with 3.8 percent nationwide according to Nielsen Korea, but it ranked on global streaming charts.',
    { dramas: ['my-demon'], people: ['song-kang'], tags: ['ratings'], format: 'news' },
  ),
  article(
    'tears-song',
    'Tears: the ballad that topped the charts',
    'The singer wrote Tears about a breakup; the song about crying alone topped the music charts for a month.',
    { tags: ['music'], format: 'news' },
  ),
  article(
    'demon-place',
    "A walk up Demon's Peak",
    "The hiking trail to Demon's Peak climbs through pine forest to a view of the sea; bring water and good boots.",
    { tags: ['travel'], format: 'feature' },
  ),
  article(
    'moving-house',
    'Moving house without tears',
    'Book the movers early, label every box and keep the kettle with you: moving house is easier with a plan.',
    { tags: ['lifestyle'], format: 'feature' },
  ),
]

describe('similar lists and the distractor kinds', () => {
  const index = createSimilarityIndex(archive, { catalogue })
  const top = (id: string, n = 3) => index.similarTo(id, n).map((r) => r.id)

  it('keeps a song sharing a title word out of the drama lists', () => {
    expect(top('qot-ratings')).not.toContain('tears-song')
    expect(top('qot-romance')).not.toContain('tears-song')
  })

  it('keeps a place sharing a title word out of the drama lists', () => {
    expect(top('demon-romance')).not.toContain('demon-place')
    expect(top('demon-ratings')).not.toContain('demon-place')
  })

  it('keeps a common noun sharing a title word out of the drama lists', () => {
    expect(top('qot-romance')).not.toContain('moving-house')
    expect(top('demon-romance')).not.toContain('moving-house')
  })

  it('puts the same actor in the same kind of piece above the same drama in another kind', () => {
    const list = top('demon-romance')
    expect(list.indexOf('sweethome-romance')).toBeGreaterThanOrEqual(0)
    expect(list.indexOf('sweethome-romance')).toBeLessThan(
      list.includes('demon-ratings') ? list.indexOf('demon-ratings') : Infinity,
    )
  })

  it('lists another ratings brief before the same drama romance list', () => {
    const list = top('qot-ratings')
    expect(list[0]).toBe('demon-ratings')
  })

  it('mixes formats when asked to', () => {
    // No score floor, so that weaker articles of other formats are there to be chosen.
    const weights = { ...DEFAULT_WEIGHTS, minScore: 0 }
    const plain = createSimilarityIndex(archive, { catalogue, weights }).similarTo('qot-romance', 2)
    const mixed = createSimilarityIndex(archive, {
      catalogue,
      weights,
      formatDiversity: 0.5,
    }).similarTo('qot-romance', 2)
    const listicles = (list: Array<{ id: string }>) =>
      list.filter((r) => archive.find((d) => d.id === r.id)!.format === 'listicle').length
    expect(listicles(mixed)).toBeLessThan(listicles(plain))
    // Diversity reorders the list; it never changes a score.
    for (const r of mixed) {
      const same = plain.find((p) => p.id === r.id)
      if (same) expect(r.score).toBe(same.score)
    }
  })
})
