import crypto from 'node:crypto'

// Payload's local strategy (payload/dist/auth/strategies/local): PBKDF2-SHA256 over the stored salt.
// Payload does not export its check, so it is repeated here; test/int/account-security.test.ts
// verifies it against hashes Payload writes, so a change of format upstream fails a test.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/** Whether `password` matches an account's stored `hash` and `salt`, in constant time. */
export async function verifyPassword(
  password: string,
  stored: Record<string, unknown> | null | undefined,
): Promise<boolean> {
  const { hash, salt } = stored ?? {}
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const isCurrent = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = isCurrent ? CURRENT : LEGACY
  const expected = Buffer.from(isCurrent ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}
