import type { RequestHandler } from 'express'
import helmet from 'helmet'

export type SecurityHeaderOptions = {
  /** Production drops the development allowances (`'unsafe-eval'`, the HMR socket). */
  isProduction: boolean
  /** Served through HTTPS (`SERVER_URL` is https): HSTS and upgrade-insecure-requests. */
  isHttps: boolean
}

/** HSTS for a year once served over HTTPS in production; never in development (plain localhost). */
const HSTS_SECONDS = 365 * 24 * 60 * 60

/**
 * The Content-Security-Policy that the Payload admin and the site both run under.
 *
 * - Scripts: Next.js streams each page's React Server Components payload in inline `<script>`
 *   tags, and Payload's admin is rendered dynamically, so a hash list cannot cover them and nonces
 *   would need a nonce-minting middleware plus dynamic rendering of every page. So `'unsafe-inline'`
 *   is allowed for scripts, but only same-origin script files load: no third-party script can be
 *   pulled in. React's development build also evaluates code for its debugging stacks, so
 *   `'unsafe-eval'` is added in development only.
 * - Styles: the admin (and Lexical) set inline styles: `'unsafe-inline'`.
 * - Images: uploads, their `blob:` previews in the admin, and `data:` icons.
 * - Frames: the page may be framed by its own origin only (`frame-ancestors 'self'`, the admin's
 *   live preview and document drawers), plugins (`object-src`) never, `<base>` only to itself.
 */
export function contentSecurityPolicy({
  isProduction,
  isHttps,
}: SecurityHeaderOptions): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(isProduction ? [] : ["'unsafe-eval'"])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'blob:'],
    // Next's development server talks to the page over a WebSocket on the same host.
    'connect-src': ["'self'", ...(isProduction ? [] : ['ws:', 'wss:'])],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    // Only behind HTTPS: a production server on plain http (compose on localhost) would break.
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

/**
 * Security headers on every response (API, admin, site) through helmet: the CSP above,
 * `X-Frame-Options: SAMEORIGIN` for browsers without `frame-ancestors`, `nosniff`, a referrer
 * policy that sends only the origin to other sites, HSTS in production, and no `X-Powered-By`
 * (Next's is switched off in next.config.ts, express's by helmet).
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
    strictTransportSecurity: options.isHttps
      ? { maxAge: HSTS_SECONDS, includeSubDomains: true }
      : false,
    xFrameOptions: { action: 'sameorigin' },
    xContentTypeOptions: true,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // A headless CMS: uploads and API answers are shown by frontends on other sites.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    xPoweredBy: true,
  })
}
