import type { Config } from 'payload'

import { noteContentChange } from '../../hooks/noteContentChange'

// Payload's internal collections (jobs, preferences, locks, migrations, key-value) change all the
// time and never appear in a public answer.
const isInternal = (slug: string) => slug.startsWith('payload-')

/** The config with `noteContentChange` after every save and delete of every non-internal collection and global. */
export function withContentSignal(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isInternal(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), noteContentChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), noteContentChange],
            },
          },
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: {
        ...global.hooks,
        afterChange: [...(global.hooks?.afterChange ?? []), noteContentChange],
      },
    })),
  }
}
