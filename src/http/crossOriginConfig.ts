import type { Config } from 'payload'

import type { ResolvedDelivery } from './deliveryOptions'

const union = (...lists: Array<readonly string[] | undefined>): string[] => [
  ...new Set(lists.flatMap((list) => list ?? [])),
]

/**
 * Payload's `serverURL`, `cors` and `csrf` with the plugin's delivery options merged in. The host's
 * own settings win for `serverURL` and are kept (never narrowed) for `cors` and `csrf`; `cors: '*'`
 * stays `'*'`. Payload adds `serverURL` to `csrf` itself when it sanitises the config.
 */
export function crossOriginConfig(
  config: Pick<Config, 'cors' | 'csrf' | 'serverURL'>,
  delivery: ResolvedDelivery,
): Pick<Config, 'cors' | 'csrf' | 'serverURL'> {
  const { cors } = config
  let mergedCors: Config['cors']
  if (cors === '*' || (cors && !Array.isArray(cors) && cors.origins === '*')) mergedCors = cors
  else if (cors && !Array.isArray(cors)) {
    mergedCors = { ...cors, origins: union(cors.origins as string[], delivery.corsOrigins) }
  } else {
    const origins = union(cors, delivery.corsOrigins)
    mergedCors = origins.length > 0 ? origins : undefined
  }
  return {
    serverURL: config.serverURL || delivery.serverURL,
    cors: mergedCors,
    csrf: union(config.csrf, delivery.corsOrigins, delivery.trustedOrigins),
  }
}
