/** The three demo listicles, retold from the seed articles' facts in our own words. */
export type SeedItem = {
  heading: string
  scene?: string
  drama?: string
  body: string[]
  watchNow?: boolean
}
export type SeedArticle = {
  slug: string
  title: string
  format: 'listicle'
  excerpt: string
  intro: string[]
  items: SeedItem[]
  outro?: string[]
  dramas: string[]
  tags: string[]
}

export const articles: SeedArticle[] = [
  {
    slug: 'park-seo-joon-kiss-scenes-that-stole-the-show',
    title: 'Seven Times Park Seo Joon Stole the Show With a Kiss',
    format: 'listicle',
    excerpt: 'From Secretary Kim back to his earlier hits, the kiss scenes fans keep replaying.',
    intro: [
      "What's Wrong with Secretary Kim has been one of the most talked-about dramas of the season, and much of the buzz comes from Park Seo Joon and Park Min Young together on screen.",
      'Park Seo Joon has a reputation for memorable romantic scenes with every co-star, so we went back through his earlier dramas for our favourites.',
    ],
    items: [
      {
        heading: 'The kiss that saved the night',
        scene: 'stage-kiss',
        watchNow: true,
        body: [
          'Ji Yeon is being laughed at in public when Dong Ha strides onto the stage and kisses her, and the spark between them is there from the very first episode.',
        ],
      },
      {
        heading: 'Foam and a first move',
        scene: 'beer-kiss',
        body: [
          'A can of beer foams over, both of them lunge for it at once, and this time it is Dong Ha who closes the distance, now that they are officially a couple.',
        ],
      },
      {
        heading: 'A visit to the hospital',
        scene: 'hospital-kiss',
        watchNow: true,
        body: [
          'Sung Joon collapses from overwork; Hye Jin rushes to his bedside, he wakes, pulls her close and kisses her, and her tears say she feels the same.',
        ],
      },
      {
        heading: 'The hoodie',
        scene: 'hoodie-kiss',
        body: [
          'After a lakeside picnic Sung Joon admits he is afraid of losing her again, tugs the hood of the jacket he lent her and kisses her.',
        ],
      },
      {
        heading: 'Against the wall',
        scene: 'wall-kiss',
        body: [
          'Fresh from a proposal spelled out in jigsaw pieces, Hye Jin makes excuses to go home, then comes back, and Sung Joon does not let her get past the hallway.',
        ],
      },
      {
        heading: '"Let\'s date"',
        scene: 'lets-date',
        watchNow: true,
        body: [
          'Dong Man sees Ae Ra walk away after his ex tries to kiss him, chases her down and kisses her, and their timing is finally right.',
        ],
      },
      {
        heading: 'Shouted across the park',
        scene: 'park-confession',
        body: [
          'He wants to get back in the ring, and he wants Ae Ra to know he loves her, loudly and more than once; she answers in kind.',
        ],
      },
    ],
    outro: ['Which Park Seo Joon scene would make your list? Tell us in the comments.'],
    dramas: [
      "What's Wrong with Secretary Kim",
      "A Witch's Romance",
      'She Was Pretty',
      'Fight for My Way',
    ],
    tags: ['park seo joon', 'kiss scenes', 'romance'],
  },
  {
    slug: 'park-seo-joon-most-memorable-on-screen-kisses',
    title: "Park Seo Joon's Most Memorable On-Screen Kisses",
    format: 'listicle',
    excerpt: 'Six dramas, six couples, one actor who makes romance look easy.',
    intro: [
      'Born in Seoul in 1988, Park Seo Joon has played very different men, yet his romantic scenes are what fans bring up first.',
    ],
    items: [
      {
        heading: 'Young Joon and Mi So',
        scene: 'couch-kiss',
        body: [
          'Every episode of this office romance gave the leads another chance to show their chemistry, and their kisses became the talk of the fandom.',
        ],
      },
      {
        heading: 'A taxi that never left',
        scene: 'wall-kiss',
        body: [
          'Hye Jin turns down a ride and heads for a taxi, then turns back, and Sung Joon greets her with a tender kiss.',
        ],
      },
      {
        heading: 'Age is just a number',
        scene: 'first-drink',
        body: [
          'A late-night drink at her place brings Ji Yeon and Dong Ha close enough to kiss, right before she learns how much younger he is.',
        ],
      },
      {
        heading: 'Friends no more',
        scene: 'lets-date',
        body: [
          'Neighbours and confidants for years, Dong Man and Ae Ra cross the line when he runs after her and kisses her.',
        ],
      },
      {
        heading: 'A promise in Silla',
        scene: 'silla-promise',
        body: [
          'Sun Woo vows to protect Ah Ro, and a quiet walk together ends in their first kiss.',
        ],
      },
      {
        heading: 'Stealing a kiss',
        scene: 'stolen-kiss',
        body: [
          'One of Do Hyun\'s personalities, a teenage girl who calls Ri On "oppa", will not rest until she steals a kiss from him.',
        ],
      },
    ],
    dramas: [
      "What's Wrong with Secretary Kim",
      'She Was Pretty',
      "A Witch's Romance",
      'Fight for My Way',
      'Hwarang',
      'Kill Me, Heal Me',
    ],
    tags: ['park seo joon', 'kiss scenes'],
  },
  {
    slug: 'secretary-kim-four-kiss-scenes',
    title: "Four Kiss Scenes That Made What's Wrong with Secretary Kim Unforgettable",
    format: 'listicle',
    excerpt: "The tvN hit's romance, told in four kisses.",
    intro: [
      "tvN's What's Wrong with Secretary Kim has topped buzz rankings for weeks, with Park Seo Joon and Park Min Young leading the actor rankings too, and it wins its time slot in the ratings.",
    ],
    items: [
      {
        heading: 'A first try with a twist',
        scene: 'office-kiss',
        watchNow: true,
        body: [
          'Young Joon finally makes his move at the office, but a memory he cannot escape sends Mi So and her chair rolling across the room: romantic and funny at once.',
        ],
      },
      {
        heading: 'A confession that fixes everything',
        scene: 'confession-kiss',
        body: [
          'Mi So refuses to let a misunderstanding pull them apart, confesses, and solves his trauma problem by kissing him herself.',
        ],
      },
      {
        heading: 'Hiding in the wardrobe',
        scene: 'wardrobe-kiss',
        body: [
          'After hours cooped up while her sisters visit, Young Joon decides he cannot stay angry, and the kiss that follows is sweeter than any before it.',
        ],
      },
      {
        heading: 'No more secrets',
        scene: 'honest-night',
        body: [
          'With his past out in the open, Young Joon asks to be honest about his feelings, and the couple share their most intimate kiss yet.',
        ],
      },
    ],
    outro: [
      'Director Park Joon Hwa drew praise for staging these moments, dropping the music before the episode 12 kiss and adding webtoon-style effects throughout.',
      "What's Wrong with Secretary Kim airs Wednesdays and Thursdays at 9:30 p.m. KST on tvN.",
    ],
    dramas: ["What's Wrong with Secretary Kim"],
    tags: ['secretary kim', 'kiss scenes', 'tvn'],
  },
]
