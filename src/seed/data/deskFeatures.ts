import type { DeskArticle } from './deskTypes'

const GOBLIN = 'Guardian: The Lonely and Great God'

/** Published features and listicles, over the past weeks. */
export const featuresDesk: DeskArticle[] = [
  {
    title: 'How Goblin Ends, and Why Fans Still Argue About It',
    format: 'feature',
    excerpt: 'A bride, a sword and a long wait: the finale, explained. Spoilers throughout.',
    body: [
      'Guardian: The Lonely and Great God spends sixteen episodes asking whether Kim Shin can be freed from immortality without losing the girl who can free him.',
      '## The finale',
      'In the last episode Eun Tak dies saving a bus full of children from a runaway truck. Kim Shin waits for her for lifetimes, and she is reborn to find him again.',
      'Some viewers call it the only honest ending for a story about mortality; others still wish the writers had let the couple grow old together.',
    ],
    dramas: [GOBLIN],
    people: ['Gong Yoo', 'Kim Go Eun'],
    tags: ['goblin', 'endings', 'spoilers'],
    stage: 'published',
    day: -15,
    by: 'author',
  },
  {
    title: 'Who Deok Sun Marries in Reply 1988',
    format: 'feature',
    excerpt: 'The husband guessing game, settled, with the clues the show left along the way.',
    body: [
      'Every Reply series teases its audience with a present-day husband whose identity stays hidden until the end, and Reply 1988 split its viewers between Jung Hwan and Taek.',
      '## The answer',
      'In the final episodes the husband is revealed to be Choi Taek, the quiet baduk champion, while Jung Hwan never says what he feels in time.',
    ],
    dramas: ['Reply 1988'],
    people: ['Park Bo Gum', 'Ryu Jun Yeol', 'Lee Hye Ri'],
    tags: ['reply 1988', 'endings', 'spoilers'],
    stage: 'published',
    day: -12,
    by: 'author2',
  },
  {
    title: "Kill Me, Heal Me's Seven Faces, Explained",
    format: 'feature',
    excerpt: 'One heir, seven personalities, and the actor who played them all.',
    body: [
      'Ji Sung plays Cha Do Hyun, the heir of a conglomerate, and the six other personalities who take turns running his life, from a hot-tempered rebel to a teenage girl called Yo Na.',
      'Hwang Jung Eum is the psychiatry resident who becomes his secret doctor, and Park Seo Joon her twin brother Ri On, a novelist with a mystery of his own.',
      'Yo Na is the scene-stealer: she calls Ri On "oppa" and is determined to steal a kiss from him.',
    ],
    dramas: ['Kill Me, Heal Me'],
    people: ['Ji Sung', 'Hwang Jung Eum', 'Park Seo Joon'],
    tags: ['kill me heal me', 'characters'],
    stage: 'published',
    day: -44,
    by: 'author',
  },
  {
    title: 'Five Kim Ji Won Roles Worth a Rewatch',
    format: 'listicle',
    excerpt: 'From an army doctor in Uruk to an announcer who will not give up.',
    body: [
      'Kim Ji Won moves between comedy and heartbreak with ease; two of her roles make our list twice over.',
    ],
    items: [
      {
        heading: 'Choi Ae Ra, Fight for My Way',
        drama: 'Fight for My Way',
        body: [
          'A department-store information-desk employee who still dreams of being on air, and says so loudly.',
        ],
      },
      {
        heading: 'Yoon Myung Ju, Descendants of the Sun',
        drama: 'Descendants of the Sun',
        body: [
          "An army doctor whose romance with a sergeant is the drama's stubborn second love story.",
        ],
      },
    ],
    dramas: ['Fight for My Way', 'Descendants of the Sun'],
    people: ['Kim Ji Won'],
    tags: ['kim ji won', 'actors'],
    stage: 'published',
    day: -9,
    by: 'author',
  },
  {
    title: 'Park Seo Joon, Underdog: Three Roles About Starting Over',
    format: 'listicle',
    excerpt: 'A bar owner, a fighter and a nameless warrior who all refuse to stay down.',
    body: [
      'Long before the kiss-scene compilations, Park Seo Joon made a habit of playing men the world had written off.',
    ],
    items: [
      {
        heading: 'Park Sae Ro Yi, Itaewon Class',
        drama: 'Itaewon Class',
        body: [
          'Out of prison with a buzz cut and a plan, he opens a bar and spends fifteen years on revenge.',
        ],
      },
      {
        heading: 'Ko Dong Man, Fight for My Way',
        drama: 'Fight for My Way',
        body: [
          'A former taekwondo star working as an exterminator who decides to fight again, this time in the cage.',
        ],
      },
      {
        heading: 'Sun Woo, Hwarang',
        drama: 'Hwarang',
        body: ["A man with no name or rank who talks his way into Silla's elite corps."],
      },
    ],
    dramas: ['Itaewon Class', 'Fight for My Way', 'Hwarang'],
    people: ['Park Seo Joon'],
    tags: ['park seo joon', 'actors'],
    stage: 'published',
    day: -6,
    by: 'author',
    coAuthor: 'author2',
  },
  {
    title: 'Strength Is the Point: Why Do Bong Soon Still Lands',
    format: 'feature',
    excerpt: 'A superhero story that is really about being allowed to be strong.',
    body: [
      'Do Bong Soon can lift a car with one hand, and her mother would rather she hid it. The drama turns that into a story about a woman choosing to use what she has.',
      'Park Hyung Sik plays Ahn Min Hyuk, the game company CEO who hires her as his bodyguard and is delighted rather than threatened by her.',
    ],
    dramas: ['Strong Woman Do Bong Soon'],
    people: ['Park Bo Young', 'Park Hyung Sik'],
    tags: ['strong woman do bong soon', 'essays'],
    stage: 'published',
    day: -24,
    by: 'author2',
  },
  {
    title: 'Uruk Was Never Real: Building Descendants of the Sun',
    format: 'feature',
    excerpt: 'How a fictional country became the setting for a military romance.',
    body: [
      'Captain Yoo Shi Jin and Dr Kang Mo Yeon meet in Seoul, but most of their story plays out in Uruk, a country the writers invented so the drama could stage earthquakes, outbreaks and evacuations freely.',
      'Kim Ji Won and Jin Goo carry the second couple, an army doctor and a sergeant kept apart by her father.',
    ],
    dramas: ['Descendants of the Sun'],
    people: ['Song Joong Ki', 'Song Hye Kyo', 'Kim Ji Won'],
    tags: ['descendants of the sun', 'production'],
    stage: 'published',
    day: -35,
    by: 'author',
  },
  {
    title: 'Age-Gap Romances That Got It Right',
    format: 'feature',
    excerpt: "A Witch's Romance and the art of making a difference of years feel like nothing.",
    body: [
      "A Witch's Romance pairs a magazine journalist in her late thirties with a man in his twenties, and the drama lets the gap be awkward before it lets it be sweet.",
      'Ji Yeon only learns how young Dong Ha is after their first kiss, which turns a meet-cute into a comedy of second thoughts.',
    ],
    dramas: ["A Witch's Romance"],
    people: ['Uhm Jung Hwa', 'Park Seo Joon'],
    tags: ['romance', 'essays'],
    stage: 'published',
    day: -17,
    by: 'author',
  },
  {
    title: 'She Was Pretty: The Proposal in Puzzle Pieces',
    format: 'feature',
    excerpt: 'The quietest proposal of 2015, and the kiss that followed.',
    body: [
      'Sung Joon and Hye Jin bond over jigsaw puzzles as children, so when he proposes he does it with one: the last pieces spell out whether she will marry him in a year.',
      'She goes home, changes her mind, and comes back to his door.',
    ],
    items: [
      { heading: 'The proposal', body: ['Finish the puzzle, then ask.'], scene: 'puzzle-proposal' },
    ],
    dramas: ['She Was Pretty'],
    people: ['Park Seo Joon', 'Hwang Jung Eum'],
    tags: ['she was pretty', 'proposals'],
    stage: 'published',
    day: -2,
    by: 'author2',
  },
]
