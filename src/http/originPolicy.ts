/**
 * The origin a browser says a request comes from: `Origin`, or the origin of `Referer` when a
 * browser left `Origin` out. `undefined` when neither is usable (a non-browser client, or a
 * stripped referrer).
 */
export function requestOrigin(headers: { origin?: string; referer?: string }): string | undefined {
  if (headers.origin) return headers.origin
  if (!headers.referer) return undefined
  try {
    return new URL(headers.referer).origin
  } catch {
    return undefined
  }
}

/** Whether a `Cookie` header carries Payload's login cookie. */
export function hasLoginCookie(cookie: string | undefined, cookieName: string): boolean {
  if (!cookie) return false
  return cookie.split(';').some((pair) => pair.trim().startsWith(`${cookieName}=`))
}

/**
 * Whether a write is authenticated by the login cookie. A request whose `Authorization` carries a
 * JWT, Bearer token or API key is authenticated by that header (Payload reads it before the cookie),
 * which a cross-site page cannot set without a CORS preflight.
 */
export function usesCookieAuth(
  headers: { cookie?: string; authorization?: string },
  cookieName: string,
): boolean {
  const { authorization, cookie } = headers
  if (authorization && /^(JWT|Bearer) |\sAPI-Key\s/.test(authorization)) return false
  return hasLoginCookie(cookie, cookieName)
}

/**
 * Why a cookie-authenticated write must be refused, or `undefined` when its origin is this server's
 * own or trusted.
 */
export function crossSiteRefusal(origin: string | undefined, trusted: ReadonlySet<string>) {
  if (origin === undefined) {
    return (
      'Cross-site request refused: a write authenticated by the login cookie must come with an ' +
      'Origin (or Referer) header from this site or an allowed origin. API clients: send the token ' +
      'in the Authorization header instead.'
    )
  }
  if (trusted.has(origin)) return undefined
  return (
    `Cross-site request refused: origin ${origin} may not write with this site's login cookie. ` +
    'Add it to CORS_ORIGINS, or send the token in the Authorization header.'
  )
}
