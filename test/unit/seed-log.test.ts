import { passwordHint } from '../../src/seed/seedIfEmpty'

describe('the seed’s login hint', () => {
  const saved = { password: process.env.SEED_PASSWORD, env: process.env.NODE_ENV }
  afterEach(() => {
    if (saved.password === undefined) delete process.env.SEED_PASSWORD
    else process.env.SEED_PASSWORD = saved.password
    ;(process.env as Record<string, string | undefined>).NODE_ENV = saved.env
  })

  it('names the public demo password', () => {
    delete process.env.SEED_PASSWORD
    expect(passwordHint()).toBe('password: showrunner')
  })

  it('never prints a SEED_PASSWORD, in production or not', () => {
    process.env.SEED_PASSWORD = 'a-real-secret-42'
    for (const env of ['development', 'production']) {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = env
      expect(passwordHint()).toBe('password: the one in SEED_PASSWORD')
    }
  })
})
