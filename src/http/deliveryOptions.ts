/** How long shared caches and browsers may keep public reads, in seconds. */
export type CacheOptions = {
  /** `max-age` of anonymous, public API reads (REST and GraphQL over GET). @default 60 */
  maxAge?: number
  /** `stale-while-revalidate` of those reads: how long a stale copy may be served while refetching. @default 300 */
  staleWhileRevalidate?: number
  /** `max-age` of uploaded files under `/api/<media>/file/…`. @default 86400 */
  mediaMaxAge?: number
}

/** Cross-origin access and HTTP caching of the read path. */
export type DeliveryOptions = {
  /**
   * This server's public origin (`https://news.example`). Fills Payload's `serverURL` when the host
   * config has none; cookie-authenticated writes from it are always accepted. Required in production.
   */
  serverURL?: string
  /**
   * Other origins (frontends) that may call the API from a browser, with credentials: they get CORS
   * headers and their cookie-authenticated writes pass the CSRF check. Feeds Payload's `cors` and `csrf`.
   * @default []
   */
  corsOrigins?: string[]
  /**
   * Origins trusted for cookie-authenticated writes without CORS headers (the development server's
   * own `localhost` origins when no `serverURL` is set). Feeds Payload's `csrf`.
   * @default []
   */
  trustedOrigins?: string[]
  /** Cache lifetimes the express host puts on public answers. */
  cache?: CacheOptions
  /**
   * The express host's in-process cache of anonymous public answers (`src/http/responseCache.ts`):
   * its size in bytes, 0 to switch it off. Entries live at most `cache.maxAge`.
   * @default 33554432 (32 MiB)
   */
  responseCacheBytes?: number
}

export type ResolvedDelivery = {
  serverURL: string | undefined
  corsOrigins: string[]
  trustedOrigins: string[]
  cache: Required<CacheOptions>
  responseCacheBytes: number
}

export const DEFAULT_RESPONSE_CACHE_BYTES = 32 * 1024 * 1024

export const DEFAULT_CACHE: Required<CacheOptions> = {
  maxAge: 60,
  staleWhileRevalidate: 300,
  mediaMaxAge: 86_400,
}

/** `https://App.example/path` → `https://app.example`; refuses what is not an http(s) origin. */
export function toOrigin(value: string, source: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`${source}: '${value}' is not a URL (expected e.g. https://app.example).`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${source}: '${value}' must start with http:// or https://.`)
  }
  return url.origin
}

const seconds = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`delivery.cache.${name} must be a whole number of seconds ≥ 0, not ${value}.`)
  }
  return value
}

/** Applies defaults and normalises every origin (so `https://app.example/` matches an `Origin` header). */
export function resolveDelivery(options: DeliveryOptions = {}): ResolvedDelivery {
  const cache = options.cache ?? {}
  return {
    serverURL: options.serverURL ? toOrigin(options.serverURL, 'serverURL') : undefined,
    corsOrigins: [...new Set((options.corsOrigins ?? []).map((o) => toOrigin(o, 'corsOrigins')))],
    trustedOrigins: (options.trustedOrigins ?? []).map((o) => toOrigin(o, 'trustedOrigins')),
    cache: {
      maxAge: seconds(cache.maxAge, DEFAULT_CACHE.maxAge, 'maxAge'),
      staleWhileRevalidate: seconds(
        cache.staleWhileRevalidate,
        DEFAULT_CACHE.staleWhileRevalidate,
        'staleWhileRevalidate',
      ),
      mediaMaxAge: seconds(cache.mediaMaxAge, DEFAULT_CACHE.mediaMaxAge, 'mediaMaxAge'),
    },
    responseCacheBytes: responseCacheBytes(options.responseCacheBytes),
  }
}

function responseCacheBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_RESPONSE_CACHE_BYTES
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `delivery.responseCacheBytes must be a whole number of bytes ≥ 0, not ${value}.`,
    )
  }
  return value
}

type Env = Record<string, string | undefined>

const envSeconds = (env: Env, name: string): number | undefined => {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of seconds ≥ 0, not '${raw}'.`)
  }
  return value
}

/**
 * The delivery options of the demo app, from the environment: `SERVER_URL`, `CORS_ORIGINS`
 * (comma-separated), `CACHE_MAX_AGE`, `CACHE_STALE_WHILE_REVALIDATE`, `MEDIA_CACHE_MAX_AGE`,
 * `RESPONSE_CACHE_MB` (the in-process response cache, 0 for none).
 * Production (`NODE_ENV=production`) refuses to start without `SERVER_URL`: cookies, CSRF checks and
 * absolute URLs all depend on knowing the public origin. `next build` (which also evaluates the
 * config) is let through.
 */
export function deliveryOptionsFromEnv(env: Env = process.env): DeliveryOptions {
  const isProduction = env.NODE_ENV === 'production'
  const isBuilding = env.NEXT_PHASE === 'phase-production-build'
  const serverURL = env.SERVER_URL?.trim() || undefined
  if (isProduction && !isBuilding && !serverURL) {
    throw new Error(
      'SERVER_URL must be set in production: the public origin of this server, e.g. ' +
        'SERVER_URL=https://news.example (used for CORS, CSRF checks, cookies and absolute URLs).',
    )
  }
  if (serverURL) toOrigin(serverURL, 'SERVER_URL')
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => toOrigin(origin, 'CORS_ORIGINS'))
  // Payload ignores a login cookie sent from an origin missing from `csrf` once the list is non-empty:
  // without SERVER_URL, keep the development server's own origins in it.
  const port = env.PORT || '3000'
  const trustedOrigins =
    !serverURL && corsOrigins.length > 0
      ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
      : []
  return {
    serverURL,
    corsOrigins,
    trustedOrigins,
    cache: {
      maxAge: envSeconds(env, 'CACHE_MAX_AGE'),
      staleWhileRevalidate: envSeconds(env, 'CACHE_STALE_WHILE_REVALIDATE'),
      mediaMaxAge: envSeconds(env, 'MEDIA_CACHE_MAX_AGE'),
    },
    responseCacheBytes: envMegabytes(env, 'RESPONSE_CACHE_MB'),
  }
}

const envMegabytes = (env: Env, name: string): number | undefined => {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number of megabytes ≥ 0, not '${raw}'.`)
  }
  return Math.round(value * 1024 * 1024)
}
