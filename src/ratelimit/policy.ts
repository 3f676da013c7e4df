/** What a limited operation is for; each purpose has budgets of its own. */
export type Purpose = 'login' | 'signup' | 'comment' | 'passwordReset' | 'reaction'

/** The budgets, per window. Counts are attempts; login counts only the failed ones (see README). */
export type RateLimitPolicy = {
  windowMs: number
  /** Failed logins per client address before a 429 (any account). */
  loginPerIp: number
  /** Failed logins per account (e-mail) before each further attempt is delayed; never refused. */
  loginFreeAttempts: number
  /** The first delay; it doubles with every further failed attempt, up to `loginMaxDelayMs`. */
  loginDelayMs: number
  loginMaxDelayMs: number
  /** Reader sign-ups per client address. */
  signupPerIp: number
  /** Comments per reader (per client address when not logged in). */
  commentsPerReader: number
  /** Reactions (made, changed or removed) and comment reports per reader (per address when not logged in). */
  reactionsPerReader: number
  /** Forgot-password requests per account (e-mail), and forgot/reset-password requests per address. */
  resetPerAccount: number
  resetPerIp: number
}

export const DEFAULT_POLICY: RateLimitPolicy = {
  windowMs: 15 * 60 * 1000,
  loginPerIp: 30,
  loginFreeAttempts: 5,
  loginDelayMs: 1000,
  loginMaxDelayMs: 30_000,
  signupPerIp: 10,
  commentsPerReader: 20,
  reactionsPerReader: 60,
  resetPerAccount: 3,
  resetPerIp: 10,
}

// The counts RATE_LIMIT_MAX overrides; times keep their own variables.
const COUNT_KEYS = [
  'loginPerIp',
  'loginFreeAttempts',
  'signupPerIp',
  'commentsPerReader',
  'reactionsPerReader',
  'resetPerAccount',
  'resetPerIp',
] as const satisfies ReadonlyArray<keyof RateLimitPolicy>

const ENV_NAMES: Record<keyof RateLimitPolicy, string> = {
  windowMs: 'RATE_LIMIT_WINDOW_MS',
  loginPerIp: 'RATE_LIMIT_LOGIN_PER_IP',
  loginFreeAttempts: 'RATE_LIMIT_LOGIN_FREE_ATTEMPTS',
  loginDelayMs: 'RATE_LIMIT_LOGIN_DELAY_MS',
  loginMaxDelayMs: 'RATE_LIMIT_LOGIN_MAX_DELAY_MS',
  signupPerIp: 'RATE_LIMIT_SIGNUP_PER_IP',
  commentsPerReader: 'RATE_LIMIT_COMMENTS_PER_READER',
  reactionsPerReader: 'RATE_LIMIT_REACTIONS_PER_READER',
  resetPerAccount: 'RATE_LIMIT_RESET_PER_ACCOUNT',
  resetPerIp: 'RATE_LIMIT_RESET_PER_IP',
}

function whole(name: string, value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) {
    throw new Error(`${name} must be a whole number, got '${value}'.`)
  }
  return number
}

/**
 * The policy from the environment: `RATE_LIMIT_MAX` replaces every count at once (tests set it
 * high), and each `RATE_LIMIT_*` variable of `ENV_NAMES` sets one value and wins over it.
 * A value that is not a whole number stops the server at start.
 */
export function readRateLimitPolicy(env: Record<string, string | undefined>): RateLimitPolicy {
  const policy = { ...DEFAULT_POLICY }
  const max = env.RATE_LIMIT_MAX
  if (max) for (const key of COUNT_KEYS) policy[key] = whole('RATE_LIMIT_MAX', max)
  for (const key of Object.keys(ENV_NAMES) as Array<keyof RateLimitPolicy>) {
    const value = env[ENV_NAMES[key]]
    if (value) policy[key] = whole(ENV_NAMES[key], value)
  }
  return policy
}

/**
 * How long the `failures`-th failed login on one account (this attempt included) waits before it
 * runs: nothing within the free attempts, then `loginDelayMs` doubling each time, capped. The owner
 * with the right password waits at most the cap, however many attempts others made.
 */
export function loginDelayMs(failures: number, policy: RateLimitPolicy): number {
  const over = failures - policy.loginFreeAttempts
  if (over <= 0) return 0
  // 2 ** 30 already dwarfs any sensible cap; stop there so the number stays finite.
  return Math.min(policy.loginMaxDelayMs, policy.loginDelayMs * 2 ** Math.min(over - 1, 30))
}
