import { findEpisodeRefs, resolveEpisode } from '../../src/spoilers/episodes'
import { parseNumberWord } from '../../src/spoilers/numbers'

const episodes = (text: string, total = 16): Array<number | null> =>
  findEpisodeRefs(text).map((ref) => resolveEpisode(ref, total))

describe('findEpisodeRefs', () => {
  it.each([
    ['In episode 12 she leaves', [12]],
    ['Episode twelve changes everything', [12]],
    ['Episode twenty-one airs late', [21]],
    ['ep. 5 is the best', [5]],
    ['Ep 6 ends on a cliffhanger', [6]],
    ['eps. 3-4 form one arc', [3, 4]],
    ['episodes 11 and 12 were shown together', [11, 12]],
    ['episode #7', [7]],
    ['the 5th episode', [5]],
    ['the fifth episode', [5]],
    ['the twenty-fourth episode', [24]],
    ['the fifth and sixth episodes', [5, 6]],
    ['the first episode', [1]],
    ['the premiere', [1]],
    ["the drama's premiere episode", [1]],
    ['the pilot', [1]],
    ['the first two episodes', [2]],
    ['the finale', [16]],
    ['the series finale', [16]],
    ['the final episode', [16]],
    ['the last two episodes', [16]],
    ['the penultimate episode', [15]],
    ['the second-to-last episode', [15]],
  ])('%s', (text, expected) => {
    expect(episodes(text)).toEqual(expected)
  })

  it.each([
    'a 16-episode drama',
    'sixteen episodes long',
    'the drama will premiere on Friday',
    'it premiered in 2016',
  ])('finds nothing in %s', (text) => {
    expect(findEpisodeRefs(text)).toEqual([])
  })

  it('leaves relative references unresolved without an episode count', () => {
    const [finale] = findEpisodeRefs('the finale')
    expect(resolveEpisode(finale, undefined)).toBeNull()
    expect(resolveEpisode(finale, 20)).toBe(20)
  })

  it('marks "since the first episode" as an anchor, not a revealed episode', () => {
    const [ref] = findEpisodeRefs('the question it asked since the first episode')
    expect(ref.anchor).toBe(true)
    expect(findEpisodeRefs('in the first episode')[0].anchor).toBe(false)
  })
})

describe('parseNumberWord', () => {
  it.each([
    ['12', 12],
    ['12th', 12],
    ['twelve', 12],
    ['twelfth', 12],
    ['twenty-one', 21],
    ['twenty first', 21],
    ['forty', 40],
    ['fortieth', 40],
    ['kiss', null],
  ])('%s -> %s', (word, value) => {
    expect(parseNumberWord(word)).toBe(value)
  })
})
