import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

// Payload's current password hash (pbkdf2-sha256-v1, 600,000 rounds): what a real check costs.
const HASH_ITERATIONS = 600_000
const HASH_KEY_LENGTH = 32

/**
 * Spends the time Payload spends hashing a password, for the answers that would otherwise come
 * back faster when an e-mail has no account (a login, a sign-up with a registered e-mail).
 */
export async function spendPasswordHashTime(password: string): Promise<void> {
  const salt = (await promisify(randomBytes)(32)).toString('hex')
  await promisify(pbkdf2)(password, salt, HASH_ITERATIONS, HASH_KEY_LENGTH, 'sha256')
}
