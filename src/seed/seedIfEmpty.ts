import type { Payload } from 'payload'

import { getOptionsFromConfig } from '../options'
import { staffAccounts } from './data/accounts'
import { seed, seedPassword } from './seed'

/** Seeds the demo newsroom on a database without staff, then prints where to log in. */
export async function seedIfEmpty(payload: Payload): Promise<boolean> {
  const { slugs } = getOptionsFromConfig(payload.config)
  const { totalDocs } = await payload.count({ collection: slugs.authors })
  if (totalDocs > 0) return false
  payload.logger.info('Empty database: seeding demo content')
  await seed(payload, { log: (line) => payload.logger.info(line) })
  const logins = staffAccounts.map((account) => `${account.email} (${account.role})`).join(', ')
  payload.logger.info(`Demo logins: ${logins}, reader@showrunner.test; password: ${seedPassword()}`)
  return true
}
