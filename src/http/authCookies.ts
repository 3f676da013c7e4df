import type { IncomingAuthType } from 'payload'

/**
 * The login cookie of both account collections: `Secure` in production (sent over HTTPS only; browsers
 * also accept it on http://localhost), SameSite=Lax so a link from another site still arrives logged in
 * while cross-site writes do not carry it (the CSRF origin check is the second line).
 */
export function authCookies(): NonNullable<IncomingAuthType['cookies']> {
  return { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' }
}
