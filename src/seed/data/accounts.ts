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
] as const

export const readerAccounts = [{ email: 'reader@showrunner.test', displayName: 'Min Reader' }]

export const DEFAULT_SEED_PASSWORD = 'showrunner'
