/** Demo logins, one per role; the password comes from SEED_PASSWORD. */
export const staffAccounts = [
  { email: 'admin@showrunner.test', name: 'Dana Admin', handle: 'dana_admin', role: 'admin' },
  { email: 'editor@showrunner.test', name: 'Eun Editor', handle: 'eun_editor', role: 'editor' },
  {
    email: 'author@showrunner.test',
    name: 'Hana Seo',
    handle: 'hana_watches',
    role: 'author',
    bio: 'Has been bingeing Asian dramas for over a decade and writes about the scenes everyone rewatches. Off duty, she photographs street food.',
    currentlyWatching: ["What's Wrong with Secretary Kim"],
    lookingForwardTo: [] as string[],
    favourites: ["A Witch's Romance", 'She Was Pretty'],
  },
  {
    email: 'author2@showrunner.test',
    name: 'Jae Park',
    handle: 'jae_writes',
    role: 'author',
    bio: 'Covers ratings, casting and the business of television, and recaps whatever is airing on Friday nights.',
    currentlyWatching: ['Crash Landing on You'],
    lookingForwardTo: [] as string[],
    favourites: ['Reply 1988'],
  },
] as const

/** Readers; `watched` is their saved progress (drama title → last episode seen). */
export const readerAccounts = [
  {
    email: 'reader@showrunner.test',
    displayName: 'Min Reader',
    watched: { "What's Wrong with Secretary Kim": 8, 'Crash Landing on You': 1 },
  },
  { email: 'reader2@showrunner.test', displayName: 'Joon Viewer', watched: {} },
]

export const DEFAULT_SEED_PASSWORD = 'showrunner'
