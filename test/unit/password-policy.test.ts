import { passwordProblem } from '../../src/auth/passwordPolicy'

describe('passwordProblem', () => {
  it('accepts ten characters or more that are not the e-mail address', () => {
    expect(passwordProblem('showrunner', 'admin@showrunner.test')).toBeNull()
    expect(passwordProblem('correct horse battery', 'me@example.com')).toBeNull()
    expect(passwordProblem('ünïcødé-pässwörd')).toBeNull()
  })

  it.each([
    ['', 'The password cannot be blank.'],
    ['          ', 'The password cannot be blank.'],
    ['\t\n  \u00a0   \t\t\t', 'The password cannot be blank.'],
    ['abc', 'The password is too short: use at least 10 characters.'],
    // Nine characters, four of them outside the BMP: counted as characters, not UTF-16 units.
    ['ab😀😀😀😀cde', 'The password is too short: use at least 10 characters.'],
    ['x'.repeat(257), 'The password is too long: use at most 256 characters.'],
  ])('refuses %j', (password, message) => {
    expect(passwordProblem(password, 'someone@example.com')).toBe(message)
  })

  it('refuses the e-mail address or its local part, whatever the case or spacing', () => {
    const message = 'The password cannot be the e-mail address (or its name before the @).'
    expect(passwordProblem('Reader.Name@Example.com', 'reader.name@example.com')).toBe(message)
    expect(passwordProblem(' reader.name@example.com ', 'reader.name@example.com')).toBe(message)
    expect(passwordProblem('READER.NAME', 'reader.name@example.com')).toBe(message)
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1234567890, ['a-long-password'], { a: 1 }]) {
      expect(passwordProblem(value)).toBe('The password must be a string.')
    }
  })
})
