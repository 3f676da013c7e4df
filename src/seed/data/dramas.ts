/** Demo dramas and the people in them: facts from the seed articles, written in our own words. */
export type SeedPerson = {
  name: string
  nativeName?: string
  birthPlace?: string
  birthDate?: string
  bio?: string
}

export const people: SeedPerson[] = [
  {
    name: 'Park Seo Joon',
    nativeName: '박서준',
    birthPlace: 'Seoul, South Korea',
    birthDate: '1988-12-16',
    bio: 'Actor known for romantic leads in tvN, MBC and KBS dramas of the 2010s.',
  },
  {
    name: 'Park Min Young',
    nativeName: '박민영',
    bio: "Actress; co-lead of What's Wrong with Secretary Kim.",
  },
  {
    name: 'Uhm Jung Hwa',
    nativeName: '엄정화',
    bio: "Singer and actress; lead of A Witch's Romance.",
  },
  { name: 'Yoon Hyun Min', nativeName: '윤현민' },
  {
    name: 'Hwang Jung Eum',
    nativeName: '황정음',
    bio: 'Actress; lead of She Was Pretty and Kill Me, Heal Me.',
  },
  { name: 'Kim Ji Won', nativeName: '김지원', bio: 'Actress; co-lead of Fight for My Way.' },
  { name: 'Go Ara', nativeName: '고아라' },
  {
    name: 'Ji Sung',
    nativeName: '지성',
    bio: 'Actor who played seven personalities in Kill Me, Heal Me.',
  },
  {
    name: 'Park Joon Hwa',
    nativeName: '박준화',
    bio: "Director of What's Wrong with Secretary Kim.",
  },
]

export type SeedDrama = {
  title: string
  aliases: string[]
  network: string
  year: number
  episodes: number
  status: 'finished'
  schedule?: { days: string[]; time: string; timezone: string }
  synopsis: string
  cast: Array<{ person: string; character: string; billing: 'lead' | 'supporting' | 'cameo' }>
  directors?: string[]
  basedOn?: { kind: string; title: string }
  whereToWatch: Array<{ platform: string; url: string }>
}

export const dramas: SeedDrama[] = [
  {
    title: "What's Wrong with Secretary Kim",
    aliases: [
      'Secretary Kim',
      'Why Secretary Kim',
      'Gimbiseoga Wae Geureolkka',
      '김비서가 왜 그럴까',
    ],
    network: 'tvN',
    year: 2018,
    episodes: 16,
    status: 'finished',
    schedule: { days: ['wednesday', 'thursday'], time: '21:30', timezone: 'Asia/Seoul' },
    synopsis:
      'A self-absorbed vice chairman is thrown when the secretary who has run his life for nine years announces that she is quitting, and sets out to make her stay.',
    cast: [
      { person: 'Park Seo Joon', character: 'Lee Young Joon', billing: 'lead' },
      { person: 'Park Min Young', character: 'Kim Mi So', billing: 'lead' },
    ],
    directors: ['Park Joon Hwa'],
    basedOn: { kind: 'webtoon', title: "What's Wrong with Secretary Kim" },
    whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com/' }],
  },
  {
    title: "A Witch's Romance",
    aliases: ["Witch's Romance", "Witch's Love", 'Manyeoui Yeonae', '마녀의 연애'],
    network: 'tvN',
    year: 2014,
    episodes: 16,
    status: 'finished',
    synopsis:
      'A hard-nosed magazine journalist in her late thirties crosses paths with a carefree man in his twenties, and the age gap between them turns into a romance.',
    cast: [
      { person: 'Uhm Jung Hwa', character: 'Ban Ji Yeon', billing: 'lead' },
      { person: 'Park Seo Joon', character: 'Yoon Dong Ha', billing: 'lead' },
      { person: 'Yoon Hyun Min', character: 'Soo Chul', billing: 'supporting' },
    ],
    whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com/' }],
  },
  {
    title: 'She Was Pretty',
    aliases: ['Geunyeoneun Yeppeotda', '그녀는 예뻤다'],
    network: 'MBC',
    year: 2015,
    episodes: 16,
    status: 'finished',
    synopsis:
      'A woman whose looks have faded since childhood meets her first love again at the fashion magazine The Most, where he is now her boss and no longer recognises her.',
    cast: [
      { person: 'Hwang Jung Eum', character: 'Kim Hye Jin', billing: 'lead' },
      { person: 'Park Seo Joon', character: 'Ji Sung Joon', billing: 'lead' },
    ],
    whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com/' }],
  },
  {
    title: 'Fight for My Way',
    aliases: ['Fight My Way', 'Ssam, Mai Wei', '쌈, 마이웨이'],
    network: 'KBS2',
    year: 2017,
    episodes: 16,
    status: 'finished',
    synopsis:
      'Two childhood friends who never got the careers they dreamed of, a former taekwondo athlete and an aspiring announcer, keep chasing their goals in their late twenties.',
    cast: [
      { person: 'Park Seo Joon', character: 'Ko Dong Man', billing: 'lead' },
      { person: 'Kim Ji Won', character: 'Choi Ae Ra', billing: 'lead' },
    ],
    whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com/' }],
  },
  {
    title: 'Hwarang',
    aliases: ['Hwarang: The Poet Warrior Youth', 'Hwarang: The Beginning', '화랑'],
    network: 'KBS2',
    year: 2016,
    episodes: 20,
    status: 'finished',
    synopsis:
      'In the Silla kingdom, young men of noble and common birth are gathered into an elite corps of warriors, the Hwarang.',
    cast: [
      { person: 'Park Seo Joon', character: 'Sun Woo', billing: 'lead' },
      { person: 'Go Ara', character: 'Ah Ro', billing: 'lead' },
    ],
    whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com/' }],
  },
  {
    title: 'Kill Me, Heal Me',
    aliases: ['Kill Me Heal Me', 'Kilmi, Hilmi', '킬미, 힐미'],
    network: 'MBC',
    year: 2015,
    episodes: 20,
    status: 'finished',
    synopsis:
      'The heir of a conglomerate who lives with several personalities secretly turns to a first-year psychiatry resident for help.',
    cast: [
      { person: 'Ji Sung', character: 'Cha Do Hyun', billing: 'lead' },
      { person: 'Hwang Jung Eum', character: 'Oh Ri Jin', billing: 'lead' },
      { person: 'Park Seo Joon', character: 'Oh Ri On', billing: 'lead' },
    ],
    whereToWatch: [{ platform: 'Viki', url: 'https://www.viki.com/' }],
  },
]
