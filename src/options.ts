import type { Config, PayloadRequest } from 'payload'

/** The collections Showrunner adds, by role in the newsroom. */
export type CollectionKey =
  'articles' | 'authors' | 'comments' | 'dramas' | 'media' | 'people' | 'readers' | 'scenes'

export type Slugs = Record<CollectionKey, string>

/** Options of the `showrunner()` plugin. */
export type ShowrunnerOptions = {
  /**
   * Switches Showrunner's behaviour (hooks, workflow, tagging, similarity) on or off. When `false` the
   * collections and fields stay, so the schema and existing data remain valid; access rules stay in force.
   * @default true
   */
  enabled?: boolean
  /**
   * Slugs of the collections the plugin adds, to avoid clashes with the host's collections.
   * @default { articles: 'articles', authors: 'authors', ... } (each key is its own slug)
   */
  slugs?: Partial<Slugs>
  /**
   * Makes the staff collection the admin panel's user collection, unless the host config names one.
   * @default true
   */
  useAuthorsForAdmin?: boolean
}

/** Options with defaults applied: what every part of the plugin reads. */
export type ResolvedOptions = {
  isEnabled: boolean
  slugs: Slugs
  useAuthorsForAdmin: boolean
}

export const DEFAULT_SLUGS: Slugs = {
  articles: 'articles',
  authors: 'authors',
  comments: 'comments',
  dramas: 'dramas',
  media: 'media',
  people: 'people',
  readers: 'readers',
  scenes: 'scenes',
}

/** Applies defaults to the plugin's options. */
export function resolveOptions(options: ShowrunnerOptions = {}): ResolvedOptions {
  return {
    isEnabled: options.enabled !== false,
    slugs: { ...DEFAULT_SLUGS, ...options.slugs },
    useAuthorsForAdmin: options.useAuthorsForAdmin !== false,
  }
}

/** Where the plugin keeps its resolved options on the config, for access rules and hooks. */
export const CUSTOM_KEY = 'showrunner'

/** The plugin's resolved options, read from the running config (no module state: tests build many configs). */
export function getOptions(req: Pick<PayloadRequest, 'payload'>): ResolvedOptions {
  return getOptionsFromConfig(req.payload.config)
}

export function getOptionsFromConfig(config: Pick<Config, 'custom'>): ResolvedOptions {
  const found = config.custom?.[CUSTOM_KEY] as ResolvedOptions | undefined
  return found ?? resolveOptions()
}
