import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../options'
import { DEFAULT_SEED_PASSWORD, readerAccounts, staffAccounts } from './data/accounts'
import { seed, seedPassword } from './seed'

/** Seeds the demo newsroom on a database without staff, then prints where to log in. */
export async function seedIfEmpty(payload: Payload): Promise<boolean> {
  const { slugs } = getOptionsFromConfig(payload.config)
  const { totalDocs } = await payload.count({ collection: slugs.authors })
  if (totalDocs > 0) return false
  payload.logger.info('Empty database: seeding demo content')
  await seed(payload, { log: (line) => payload.logger.info(line) })
  const logins = staffAccounts.map((account) => `${account.email} (${account.role})`).join(', ')
  const readers = readerAccounts.map((account) => `${account.email} (reader)`).join(', ')
  payload.logger.info(`Demo logins: ${logins}, ${readers}; ${passwordHint()}`)
  return true
}

/**
 * Only the public demo password is ever printed: a SEED_PASSWORD is a secret (production requires
 * one), and logs are shipped and kept where secrets should not be.
 */
export function passwordHint(): string {
  return seedPassword() === DEFAULT_SEED_PASSWORD
    ? `password: ${DEFAULT_SEED_PASSWORD}`
    : 'password: the one in SEED_PASSWORD'
}
