/**
 * Demo scenes: every moment the three seed listicles describe. Where the seed articles state the
 * episode we use it; the others (marked "recalled") are our best recollection of the broadcast and
 * are the kind of fact an editor would check before publishing.
 */
export type SeedScene = {
  key: string
  title: string
  drama: string
  episode: number
  kind: 'kiss' | 'confession' | 'proposal' | 'reunion' | 'breakup' | 'reveal' | 'other'
  characters: string[]
  description: string
}

const SECRETARY_KIM = "What's Wrong with Secretary Kim"
const WITCH = "A Witch's Romance"
const PRETTY = 'She Was Pretty'
const FIGHT = 'Fight for My Way'

export const scenes: SeedScene[] = [
  {
    key: 'office-kiss',
    title: 'The office kiss that went wrong',
    drama: SECRETARY_KIM,
    episode: 5,
    kind: 'kiss',
    characters: ['Lee Young Joon', 'Kim Mi So'],
    description:
      'Working late, Young Joon tells Mi So he wants to sway her and kisses her, but a flash of his childhood kidnapping makes him shove her chair across the office.',
  },
  {
    key: 'confession-kiss',
    title: 'Mi So confesses first',
    drama: SECRETARY_KIM,
    episode: 8,
    kind: 'confession',
    characters: ['Kim Mi So', 'Lee Young Joon'],
    description:
      'After a misunderstanding, Mi So tells Young Joon she likes him, apologises for answering so late, and kisses him herself so his trauma cannot stop them.',
  },
  {
    key: 'wardrobe-kiss',
    title: 'Make-up kiss in the wardrobe',
    drama: SECRETARY_KIM,
    episode: 9,
    kind: 'kiss',
    characters: ['Kim Mi So', 'Lee Young Joon'],
    description:
      "Hidden in Mi So's wardrobe while her sisters visit, Young Joon hears more than he should; when she lets him out he gives up the argument and they make up with a kiss.",
  },
  {
    key: 'honest-night',
    title: 'The night after the truth comes out',
    drama: SECRETARY_KIM,
    episode: 12,
    kind: 'kiss',
    characters: ['Lee Young Joon', 'Kim Mi So'],
    description:
      'Having told his family everything about his past, Young Joon asks Mi So whether he may be honest about tonight, and the two share a long kiss at his home.',
  },
  {
    key: 'stage-kiss',
    title: 'A rescue kiss on stage',
    drama: WITCH,
    episode: 1,
    kind: 'kiss',
    characters: ['Yoon Dong Ha', 'Ban Ji Yeon'],
    description:
      'When Soo Chul mocks Ji Yeon with a fake public confession, Dong Ha walks on stage and kisses her, turning her humiliation around.',
  },
  {
    key: 'couch-kiss',
    title: 'On the couch',
    drama: SECRETARY_KIM,
    episode: 10, // recalled
    kind: 'kiss',
    characters: ['Lee Young Joon', 'Kim Mi So'],
    description:
      'A quiet evening together on the couch turns into one of the steamiest kisses of the series.',
  },
  {
    key: 'first-drink',
    title: 'A late drink and a surprise about age',
    drama: WITCH,
    episode: 2, // recalled
    kind: 'kiss',
    characters: ['Ban Ji Yeon', 'Yoon Dong Ha'],
    description:
      'Ji Yeon brings Dong Ha home, the beer she opens foams over, they end up kissing, and only then does she find out how much younger he is.',
  },
  {
    key: 'beer-kiss',
    title: 'The beer foams over again',
    drama: WITCH,
    episode: 12, // recalled
    kind: 'kiss',
    characters: ['Yoon Dong Ha', 'Ban Ji Yeon'],
    description:
      'Dong Ha invites himself over and asks for a beer; the can overflows exactly as it did at the start, and this time, as her boyfriend, he is the one who kisses her.',
  },
  {
    key: 'hospital-kiss',
    title: 'At his hospital bed',
    drama: PRETTY,
    episode: 13, // recalled
    kind: 'kiss',
    characters: ['Kim Hye Jin', 'Ji Sung Joon'],
    description:
      'Sung Joon collapses from exhaustion; Hye Jin finds him asleep in the hospital, he wakes as she touches his hair, she holds him in tears and he kisses her gently.',
  },
  {
    key: 'hoodie-kiss',
    title: 'The hoodie by the lake',
    drama: PRETTY,
    episode: 14, // recalled
    kind: 'kiss',
    characters: ['Ji Sung Joon', 'Kim Hye Jin'],
    description:
      'After a picnic and a walk by a lake, Sung Joon admits he is afraid of losing her again, pulls the hood of the jacket he lent her and kisses her.',
  },
  {
    key: 'puzzle-proposal',
    title: 'A proposal in puzzle pieces',
    drama: PRETTY,
    episode: 15, // recalled
    kind: 'proposal',
    characters: ['Ji Sung Joon', 'Kim Hye Jin'],
    description:
      'Sung Joon finishes their favourite jigsaw puzzle with her and asks whether she will marry him in a year.',
  },
  {
    key: 'wall-kiss',
    title: 'She comes back',
    drama: PRETTY,
    episode: 15, // recalled
    kind: 'kiss',
    characters: ['Kim Hye Jin', 'Ji Sung Joon'],
    description:
      'Hye Jin turns down his offer of a lift and leaves for a taxi, then comes back to his house, and he kisses her against the wall.',
  },
  {
    key: 'lets-date',
    title: '"Let\'s date"',
    drama: FIGHT,
    episode: 8, // recalled
    kind: 'confession',
    characters: ['Ko Dong Man', 'Choi Ae Ra'],
    description:
      'When his ex-girlfriend leans in for a kiss and Ae Ra turns away, Dong Man runs after her, kisses her and asks her out, ending years of friendship.',
  },
  {
    key: 'park-confession',
    title: 'I love you like crazy',
    drama: FIGHT,
    episode: 10, // recalled
    kind: 'confession',
    characters: ['Ko Dong Man', 'Choi Ae Ra'],
    description:
      'At the park Dong Man tells Ae Ra he wants to fight again, then shouts that he loves her, and she says it back.',
  },
  {
    key: 'silla-promise',
    title: 'A promise on a walk',
    drama: 'Hwarang',
    episode: 12, // recalled
    kind: 'kiss',
    characters: ['Sun Woo', 'Ah Ro'],
    description:
      'Sun Woo promises to protect Ah Ro and, walking together, they share their first kiss.',
  },
  {
    key: 'stolen-kiss',
    title: 'Yo Na steals a kiss',
    drama: 'Kill Me, Heal Me',
    episode: 6, // recalled
    kind: 'kiss',
    characters: ['Cha Do Hyun', 'Oh Ri On'],
    description:
      'Do Hyun\'s teenage personality calls Ri On "oppa" and is set on stealing a kiss from him.',
  },
]
