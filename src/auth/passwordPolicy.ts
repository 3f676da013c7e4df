/** The shortest password accepted for staff and readers (the demo password `showrunner` has 10). */
export const MIN_PASSWORD_LENGTH = 10

/** Longer passwords only cost hashing time: a cap keeps a megabyte "password" from doing that. */
export const MAX_PASSWORD_LENGTH = 256

/**
 * What is wrong with `password` for the account with `email`, or null if it is acceptable.
 * Length is counted in characters (code points), so an accented or emoji password is not
 * penalised for its UTF-16 length.
 */
export function passwordProblem(password: unknown, email?: unknown): string | null {
  if (typeof password !== 'string') return 'The password must be a string.'
  if (password.trim() === '') return 'The password cannot be blank.'
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`
  }
  if (typeof email === 'string' && email.trim() !== '') {
    const address = email.trim().toLowerCase()
    const candidate = password.trim().toLowerCase()
    if (candidate === address || candidate === address.split('@')[0]) {
      return 'The password cannot be the e-mail address (or its name before the @).'
    }
  }
  return null
}
