import type { RunningServer } from '../../src/server'
import { articles } from '../../src/seed/data/articles'
import { desk } from '../../src/seed/newsroom'
import { startServer } from '../../src/server'

/** The demo newsroom's logins (src/seed/data/accounts.ts) with the password these suites seed. */
export const DEMO = {
  password: 'client-suite-password',
  admin: 'admin@showrunner.test',
  editor: 'editor@showrunner.test',
  author: 'author@showrunner.test',
  reader: 'reader@showrunner.test',
  listicle: 'secretary-kim-four-kiss-scenes',
  dramaTitle: "What's Wrong with Secretary Kim",
  /** Live articles after seeding: the three listicles and the desk's published pieces. */
  published: articles.length + desk.filter((article) => article.stage === 'published').length,
}

/**
 * The real express server on a free port, seeded with the demo newsroom (dramas, scenes, the
 * newsroom's published articles with spoiler tags and similar lists, one account per role): a frontend's
 * view of a fresh install.
 */
export async function startSeededServer(): Promise<RunningServer> {
  process.env.SEED_PASSWORD = DEMO.password
  return startServer({ port: 0, withNext: false, shouldSeed: true })
}
