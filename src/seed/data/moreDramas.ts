import type { SeedDrama, SeedPerson } from './dramas'

/**
 * Further well-known dramas the demo newsroom covers, so that similar lists, filters and the calendar
 * have more than one actor's filmography to work with. Facts only; the prose is ours.
 */
export const morePeople: SeedPerson[] = [
  { name: 'Kim Da Mi', nativeName: '김다미', bio: 'Actress; co-lead of Itaewon Class.' },
  { name: 'Kwon Nara', nativeName: '권나라' },
  { name: 'Yoo Jae Myung', nativeName: '유재명' },
  { name: 'Hyun Bin', nativeName: '현빈', bio: 'Actor; lead of Crash Landing on You.' },
  { name: 'Son Ye Jin', nativeName: '손예진', bio: 'Actress; lead of Crash Landing on You.' },
  {
    name: 'Gong Yoo',
    nativeName: '공유',
    bio: 'Actor; the title role of Guardian: The Lonely and Great God.',
  },
  { name: 'Kim Go Eun', nativeName: '김고은' },
  { name: 'Lee Dong Wook', nativeName: '이동욱' },
  { name: 'Lee Hye Ri', nativeName: '이혜리', bio: 'Singer and actress; lead of Reply 1988.' },
  { name: 'Park Bo Gum', nativeName: '박보검' },
  { name: 'Ryu Jun Yeol', nativeName: '류준열' },
  {
    name: 'Park Bo Young',
    nativeName: '박보영',
    bio: 'Actress; title role of Strong Woman Do Bong Soon.',
  },
  { name: 'Park Hyung Sik', nativeName: '박형식' },
  { name: 'Song Joong Ki', nativeName: '송중기' },
  { name: 'Song Hye Kyo', nativeName: '송혜교' },
]

const VIKI = [{ platform: 'Viki', url: 'https://www.viki.com/' }]
const NETFLIX = [{ platform: 'Netflix', url: 'https://www.netflix.com/' }]

export const moreDramas: SeedDrama[] = [
  {
    title: 'Itaewon Class',
    aliases: ['Itaewon Keullasseu', '이태원 클라쓰'],
    network: 'JTBC',
    year: 2020,
    episodes: 16,
    status: 'finished',
    schedule: { days: ['friday', 'saturday'], time: '22:50', timezone: 'Asia/Seoul' },
    synopsis:
      'An ex-convict opens a small bar in Itaewon and, with a crew of misfits, sets out to bring down the food empire whose chairman ruined his family.',
    cast: [
      { person: 'Park Seo Joon', character: 'Park Sae Ro Yi', billing: 'lead' },
      { person: 'Kim Da Mi', character: 'Jo Yi Seo', billing: 'lead' },
      { person: 'Kwon Nara', character: 'Oh Soo Ah', billing: 'lead' },
      { person: 'Yoo Jae Myung', character: 'Jang Dae Hee', billing: 'supporting' },
    ],
    basedOn: { kind: 'webtoon', title: 'Itaewon Class' },
    whereToWatch: NETFLIX,
  },
  {
    title: 'Crash Landing on You',
    aliases: ['CLOY', "Love's Crash Landing", 'Sarangui Bulsichak', '사랑의 불시착'],
    network: 'tvN',
    year: 2019,
    episodes: 16,
    status: 'finished',
    schedule: { days: ['saturday', 'sunday'], time: '21:00', timezone: 'Asia/Seoul' },
    synopsis:
      'A South Korean heiress is blown across the border in a paragliding accident and hidden by a North Korean army captain.',
    cast: [
      { person: 'Hyun Bin', character: 'Ri Jeong Hyeok', billing: 'lead' },
      { person: 'Son Ye Jin', character: 'Yoon Se Ri', billing: 'lead' },
    ],
    whereToWatch: NETFLIX,
  },
  {
    title: 'Guardian: The Lonely and Great God',
    aliases: ['Goblin', 'Dokkaebi', '쓸쓸하고 찬란하神 – 도깨비'],
    network: 'tvN',
    year: 2016,
    episodes: 16,
    status: 'finished',
    schedule: { days: ['friday', 'saturday'], time: '20:00', timezone: 'Asia/Seoul' },
    synopsis:
      'A Goryeo general cursed with immortality needs a human bride to end his life, and a cheerful high school student who can see ghosts says she is the one.',
    cast: [
      { person: 'Gong Yoo', character: 'Kim Shin', billing: 'lead' },
      { person: 'Kim Go Eun', character: 'Ji Eun Tak', billing: 'lead' },
      { person: 'Lee Dong Wook', character: 'Grim Reaper', billing: 'lead' },
    ],
    whereToWatch: VIKI,
  },
  {
    title: 'Reply 1988',
    aliases: ['Eungdaphara 1988', '응답하라 1988'],
    network: 'tvN',
    year: 2015,
    episodes: 20,
    status: 'finished',
    synopsis:
      'Five families share an alley in Ssangmun-dong in 1988, and their children grow up, fall in love and argue about who will marry whom.',
    cast: [
      { person: 'Lee Hye Ri', character: 'Sung Deok Sun', billing: 'lead' },
      { person: 'Park Bo Gum', character: 'Choi Taek', billing: 'lead' },
      { person: 'Ryu Jun Yeol', character: 'Kim Jung Hwan', billing: 'lead' },
    ],
    whereToWatch: NETFLIX,
  },
  {
    title: 'Strong Woman Do Bong Soon',
    aliases: ['Strong Girl Bong-soon', 'Himssen Yeoja Do Bong Soon', '힘쎈여자 도봉순'],
    network: 'JTBC',
    year: 2017,
    episodes: 16,
    status: 'finished',
    synopsis:
      'A small woman born with enormous strength is hired as bodyguard to a game company CEO while a kidnapper stalks her neighbourhood.',
    cast: [
      { person: 'Park Bo Young', character: 'Do Bong Soon', billing: 'lead' },
      { person: 'Park Hyung Sik', character: 'Ahn Min Hyuk', billing: 'lead' },
    ],
    whereToWatch: NETFLIX,
  },
  {
    title: 'Descendants of the Sun',
    aliases: ['DOTS', 'Taeyangui Huye', '태양의 후예'],
    network: 'KBS2',
    year: 2016,
    episodes: 16,
    status: 'finished',
    schedule: { days: ['wednesday', 'thursday'], time: '22:00', timezone: 'Asia/Seoul' },
    synopsis:
      'A special forces captain and a surgeon keep meeting, and parting, on a peacekeeping deployment in the fictional country of Uruk.',
    cast: [
      { person: 'Song Joong Ki', character: 'Yoo Shi Jin', billing: 'lead' },
      { person: 'Song Hye Kyo', character: 'Kang Mo Yeon', billing: 'lead' },
      { person: 'Kim Ji Won', character: 'Yoon Myung Ju', billing: 'supporting' },
    ],
    whereToWatch: VIKI,
  },
]
