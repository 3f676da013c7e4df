/** Demo scenes: only moments whose episode the seed articles state. */
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
    drama: "A Witch's Romance",
    episode: 1,
    kind: 'kiss',
    characters: ['Yoon Dong Ha', 'Ban Ji Yeon'],
    description:
      'When Soo Chul mocks Ji Yeon with a fake public confession, Dong Ha walks on stage and kisses her, turning her humiliation around.',
  },
]
