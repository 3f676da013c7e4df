import type { Config } from 'payload'

import { boundApiReads } from '../../hooks/boundApiReads'
import type { Slugs } from '../options'

/** The config with the REST read limits checked first on the plugin's own collections. */
export function withBoundedReads(slugs: Slugs, config: Config): Config {
  const own = new Set<string>(Object.values(slugs))
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      own.has(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [boundApiReads, ...(collection.hooks?.beforeOperation ?? [])],
            },
          }
        : collection,
    ),
  }
}
