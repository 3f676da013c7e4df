import type { Config, Plugin } from 'payload'

import { createArticlesCollection } from '../collections/Articles'
import { createAuthorsCollection } from '../collections/Authors'
import { createCommentsCollection } from '../collections/Comments'
import { createDramasCollection } from '../collections/Dramas'
import { createMediaCollection } from '../collections/Media'
import { createPeopleCollection } from '../collections/People'
import { createReadersCollection } from '../collections/Readers'
import { createScenesCollection } from '../collections/Scenes'
import type { ShowrunnerOptions } from './options'
import { CUSTOM_KEY, resolveOptions } from './options'

export type { ShowrunnerOptions } from './options'

/**
 * The Showrunner plugin: adds the newsroom's collections (articles, dramas, scenes, people, staff,
 * readers, comments, media) with their access rules and hooks to a Payload config.
 */
export const showrunner =
  (options: ShowrunnerOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const resolved = resolveOptions(options)
    const { slugs } = resolved
    const taken = new Set((incomingConfig.collections ?? []).map((collection) => collection.slug))
    const clash = Object.values(slugs).find((slug) => taken.has(slug))
    if (clash) {
      throw new Error(`showrunner: the host config already has a collection '${clash}'; set slugs.`)
    }

    return {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        user:
          incomingConfig.admin?.user ?? (resolved.useAuthorsForAdmin ? slugs.authors : undefined),
      },
      collections: [
        ...(incomingConfig.collections ?? []),
        createArticlesCollection(slugs),
        createDramasCollection(slugs),
        createScenesCollection(slugs),
        createPeopleCollection(slugs),
        createAuthorsCollection(slugs),
        createReadersCollection(slugs),
        createCommentsCollection(slugs),
        createMediaCollection(slugs),
      ],
      custom: { ...incomingConfig.custom, [CUSTOM_KEY]: resolved },
    }
  }
