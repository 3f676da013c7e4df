import compression from 'compression'
import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { getOptionsFromConfig } from '../options'
import { crossOrigin } from './crossOrigin'
import { httpCache } from './httpCache'
import { refuseCrossSiteWrites } from './refuseCrossSiteWrites'

const COMPRESS_FROM_BYTES = 1024

/**
 * The API's delivery middleware, in order: gzip/brotli for bodies over ~1 KB, the cache policy
 * (`Cache-Control`, `Vary`; ETags and 304s are set where the answer is written, `sendWebResponse`),
 * CORS and preflights, the CSRF origin check. Mount at the API route before rate limits, so that
 * every refusal (403, 429) is `no-store` too.
 */
export function delivery(config: SanitizedConfig): RequestHandler[] {
  const { delivery: options, slugs } = getOptionsFromConfig(config)
  const api = config.routes.api
  return [
    compression({
      threshold: COMPRESS_FROM_BYTES,
      // A byte range of a file is sent as stored: a compressed range would not match Content-Range.
      filter: (req, res) => !res.getHeader('Content-Range') && compression.filter(req, res),
    }),
    httpCache({
      cookieName: `${config.cookiePrefix}-token`,
      filePrefixes: [`${api}/${slugs.media}/file/`],
      graphqlPath: `${api}${config.routes.graphQL}`,
      ...options.cache,
    }),
    crossOrigin(config),
    refuseCrossSiteWrites(config),
  ]
}
